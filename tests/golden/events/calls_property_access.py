# Property getters and setters run as Python calls from attribute access.
class T:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
def f():
    t = T()
    t.v = 5
    return t.v
f()
