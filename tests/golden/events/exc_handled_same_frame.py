# An exception raised and handled in the same frame: RAISE, EXCEPTION_HANDLED, then the handler's lines.
def f():
    try:
        raise KeyError("k")
    except KeyError:
        return "handled"
f()
