# LOAD_ATTR specialising to LOAD_ATTR_PROPERTY and LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN
# (the getter / __getattribute__ run in-line): an exception out of them is reported
# in the caller at the unit before the instruction from the 2nd execution on. No
# in-line form for: a getter taking 2 parameters, a class with __getattr__, a method
# load (o.p()), a second class at a site specialised for the first.
class P:
    @property
    def p(self):
        raise ValueError("p")
class Q:
    def q(self, extra=1):
        raise ValueError("q")
    q = property(q)
class R:
    @property
    def p(self):
        raise ValueError("r")
    def __getattr__(self, name):
        raise ValueError("ga")
class G:
    def __getattribute__(self, name):
        if name == "anything":
            raise ValueError(name)
        return object.__getattribute__(self, name)
def read(o):
    try:
        return o.p
    except ValueError:
        return 0
def readq(o):
    try:
        return o.q
    except ValueError:
        return 0
def readg(o):
    try:
        return o.anything
    except ValueError:
        return 0
def callp(o):
    try:
        return o.p()
    except ValueError:
        return 0
p, q, r, g = P(), Q(), R(), G()
for _ in range(3):
    read(p)
    readq(q)
    readg(g)
    callp(p)
def readr(o):
    try:
        return o.p
    except ValueError:
        return 0
for o in (r, r, r, p, p):
    readr(o)
