# A builtin called with wrong arguments raises TypeError: C_RAISE.
def f():
    try:
        len(5)
    except TypeError:
        pass
    try:
        int("1", 2, 3)
    except TypeError:
        pass
f()
