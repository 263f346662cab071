class MyError(Exception):
    pass


def f():
    try:
        {}["x"]
    except KeyError as e:
        raise MyError("wrapped") from e


def g():
    raise MyError


def h():
    raise MyError("no context") from None


for fn in (f, g, h):
    try:
        fn()
    except MyError as e:
        print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
