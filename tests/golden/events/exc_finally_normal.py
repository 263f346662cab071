# try/finally without an exception: the finally body inline.
def f():
    try:
        x = 1
    finally:
        y = 2
    return x + y
f()
