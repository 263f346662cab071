# code.replace(): renamed locals, changed flags (types.coroutine uses it), argument errors.
import types


def f(a, b=2):
    c = a + b

    def g():
        return c

    return g()


co = f.__code__
c2 = co.replace(co_name="h", co_qualname="h", co_varnames=("x", "y", "g"))
print(c2.co_name, c2.co_qualname, c2.co_varnames, c2.co_cellvars, co.co_varnames)
print(c2.co_code == co.co_code, c2.co_consts == co.co_consts, c2.co_firstlineno == co.co_firstlineno)
f.__code__ = c2
print(f(1), f(1, 5), f.__code__ is c2)
print(co.replace().co_varnames, co.replace(co_firstlineno=99).co_firstlineno)
print(hex(co.replace(co_flags=co.co_flags | 0x100).co_flags & 0x100))
for bad in [dict(co_code="x"), dict(co_nlocals=9), dict(co_varnames=("a",)), dict(co_flags="1"),
            dict(co_names=["x"]), dict(co_name=b"n"), dict(co_argcount=2**40), dict(co_bogus=1),
            dict(co_code=b"\x00")]:
    try:
        co.replace(**bad)
        print("no error for", bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    co.replace(1)
except TypeError as e:
    print(e)


@types.coroutine
def wait(v):
    got = yield ("wait", v)
    return got * 2


async def main():
    a = await wait(1)
    b = await wait(a)
    return a + b


m = main()
print(m.send(None), m.send(10))
try:
    m.send(3)
except StopIteration as s:
    print("result", s.value)
print(wait.__code__.co_flags & 0x120 == 0x120, type(wait(0)).__name__)
