# try/except/else: else runs when nothing was raised.
def f(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        y = 0
    else:
        y += 1
    return y
f(2)
f(0)
