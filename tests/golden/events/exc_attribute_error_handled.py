# AttributeError raised by attribute access (no CALL), handled, plus getattr with default.
class C:
    pass
def f(o):
    try:
        return o.missing
    except AttributeError:
        return getattr(o, "missing", None)
f(C())
