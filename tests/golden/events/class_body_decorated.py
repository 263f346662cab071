# Decorators on functions and classes: calls made while defining them.
def deco(f):
    return f
def cdeco(c):
    c.tag = 1
    return c
@cdeco
class K:
    @deco
    def m(self):
        return 1
    @property
    def p(self):
        return 2
    @staticmethod
    def s():
        return 3
K().m()
K().p
K.s()
