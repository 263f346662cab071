# Operators dispatching to Python dunder methods (no CALL events; PY_START from the VM).
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + o.v)
    def __getitem__(self, i):
        return self.v
    def __len__(self):
        return 1
def f():
    a = V(1) + V(2)
    b = a[0]
    c = len(a)
    return b, c
f()
