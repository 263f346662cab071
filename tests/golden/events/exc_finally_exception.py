# try/finally with an exception: EXCEPTION_HANDLED into the finally copy, RERAISE at its end.
def f():
    try:
        raise ValueError("v")
    finally:
        y = 2
try:
    f()
except ValueError:
    pass
