# __exit__ returning False: the exception propagates after __exit__ (RERAISE).
class Loud:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return False
def f():
    with Loud():
        raise ValueError("v")
try:
    f()
except ValueError:
    pass
