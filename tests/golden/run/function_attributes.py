# Function objects: __name__, __qualname__, __doc__, __module__, __defaults__, __kwdefaults__, __dict__, code attributes.
def outer(a, b=2, *args, c, d=4, **kw):
    """Outer docstring."""
    def inner(x):
        return x
    return inner
inner = outer(1, c=3)
print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__, inner.__qualname__, inner.__doc__)
print(outer.__defaults__, outer.__kwdefaults__, inner.__defaults__, inner.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_qualname, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_varnames[:6], code.co_firstlineno)
print(code.co_flags & 0x04 != 0, code.co_flags & 0x08 != 0, inner.__code__.co_flags & 0x04 == 0)
outer.custom = "attribute"
print(outer.__dict__, vars(outer))
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
outer.__defaults__ = (20,)
print(outer(1, c=0).__name__, outer.__defaults__)
lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__doc__)
class K:
    def m(self):
        """method doc"""
    class Nested:
        def deep(self):
            pass
print(K.m.__qualname__, K.Nested.deep.__qualname__, K.m.__doc__, K.Nested.__qualname__)
def gen():
    yield
async def coro():
    pass
print(gen.__code__.co_flags & 0x20 != 0, coro.__code__.co_flags & 0x80 != 0)
try:
    outer.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(callable(outer), type(outer).__name__, type(K().m).__name__)
