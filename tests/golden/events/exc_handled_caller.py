# An exception from a callee handled by the caller: PY_UNWIND in the callee, RAISE and EXCEPTION_HANDLED in the caller.
def inner():
    return 1 / 0
def outer():
    try:
        inner()
    except ZeroDivisionError:
        return -1
outer()
