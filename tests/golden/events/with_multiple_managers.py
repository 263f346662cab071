# Two context managers in one with statement, exited in reverse order.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n
    def __exit__(self, *a):
        return None
def f():
    with CM(1) as a, CM(2) as b:
        return a + b
f()
