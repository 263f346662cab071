# An exception in a finally block replaces the one in flight (the original becomes __context__).
def work():
    try:
        raise ValueError("original")
    finally:
        cleanup()
def cleanup():
    raise OSError("cleanup failed")
try:
    work()
except OSError as e:
    print("caught once:", repr(e), repr(e.__context__))
work()
