# Instantiating a Python class: CALL of the type and C_RETURN, __init__ as a Python call from C.
class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self):
        super().__init__(1)
def f():
    P(5)
    Q()
f()
