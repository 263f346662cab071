# Python __getitem__ and a property getter raising, called repeatedly. Once CPython
# has specialised BINARY_OP / LOAD_ATTR (2nd execution), the callee runs in-line and
# RAISE in the caller reports the unit before the instruction instead of its last
# cache unit. pyvm models the specialisation (vm/specialize.h).
class C:
    def __getitem__(self, i):
        if i > 1:
            raise IndexError(i)
        return i
    @property
    def p(self):
        raise AttributeError("no")
def f(c, i):
    try:
        v = c[i]
    except IndexError:
        v = -1
    return v
def g(c):
    try:
        return c.p
    except AttributeError:
        return 0
c = C()
for i in range(4):
    f(c, i)
    g(c)
