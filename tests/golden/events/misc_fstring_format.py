# f-strings with conversions and format specs (FORMAT_SIMPLE / FORMAT_WITH_SPEC, no CALL events).
def f(name, x):
    return f"{name!r}:{x:>6.2f}|{x}"
f("pi", 3.14159)
