# return from inside a with block: __exit__ is called before PY_RETURN.
class CM:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        pass
def f():
    with CM() as v:
        return v
f()
