# CALL_KW and CALL_FUNCTION_EX: keyword arguments, *args and **kwargs.
def g(a, b=0, *args, **kw):
    return a
def f():
    g(1, b=2)
    g(*[1, 2, 3])
    g(**{"a": 1})
    sorted([2, 1], reverse=True)
f()
