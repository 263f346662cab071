# with statement: CALL of __enter__ and __exit__ (Python methods).
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
def f():
    with CM() as c:
        x = 1
    return x
f()
