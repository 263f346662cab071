def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("zero")
        r = None
    except (TypeError, ValueError) as e:
        print("bad", e)
        raise
    except Exception:
        return "other"
    else:
        print("ok")
    finally:
        print("finally")
    return r


def finally_return():
    try:
        return 1
    finally:
        print("cleanup")


def bare_raise():
    try:
        1 / 0
    except:
        raise


print(f(2), f(0), finally_return())
