# No except clause matches: RERAISE at the end of the handler chain, propagates to the caller.
def f():
    try:
        raise KeyError("k")
    except ValueError:
        return "wrong"
try:
    f()
except KeyError:
    pass
