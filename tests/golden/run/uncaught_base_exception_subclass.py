# A BaseException subclass escapes `except Exception` and terminates the program with a traceback (status 1).
class Abort(BaseException):
    pass
print(issubclass(Abort, Exception), issubclass(Abort, BaseException))
def job():
    try:
        raise Abort("stop everything")
    except Exception:
        print("not reached")
    finally:
        print("job finally")
job()
