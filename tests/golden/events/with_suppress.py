# __exit__ returning True swallows the exception raised in the body.
class Quiet:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        return True
def f():
    with Quiet():
        raise KeyError("k")
    return "after"
f()
