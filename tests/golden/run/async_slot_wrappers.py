# The async protocol of generator types is slot wrappers (tp_as_async: __await__,
# __aiter__, __anext__), their send/throw/close are methods; a heap class's own
# __aiter__/__anext__/__await__ stay plain functions.


async def agen():
    yield 1
    yield 2


async def coro():
    return 7


def gen():
    yield 0


ag, co, g = agen(), coro(), gen()
step = ag.__anext__()
for t, names in [
    (type(g), ["__iter__", "__next__", "send", "throw", "close", "__class_getitem__"]),
    (type(co), ["__await__", "send", "throw", "close", "__class_getitem__"]),
    (type(ag), ["__aiter__", "__anext__", "asend", "athrow", "aclose", "__class_getitem__"]),
    (type(step), ["__await__", "__iter__", "__next__", "send", "throw", "close"]),
]:
    print(t.__name__, [type(vars(t)[n]).__name__ for n in names])
print(repr(type(ag).__anext__), repr(type(co).__await__))
print(repr(ag.__aiter__).split(" at ")[0], type(ag).__aiter__(ag) is ag)
print(type(step).__await__(step) is step)
try:
    step.send(None)
except StopIteration as e:
    print("first", e.value)
# close() of a fresh asend throws GeneratorExit in: the generator is closed.
nxt = ag.__anext__()
print(type(nxt).__name__, nxt.close(), nxt.close())
try:
    ag.__anext__().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
try:
    type(ag).__anext__(ag, 1)
except TypeError as e:
    print("TypeError", e)
try:
    type(ag).__anext__(co)
except TypeError as e:
    print("TypeError", e)
w = type(co).__await__(co)
try:
    w.send(None)
except StopIteration as e:
    print("coro", e.value, type(w).__name__, type(w).__doc__)
print(list[int], type(g)[int], type(ag)[int, str])


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

    def __await__(self):
        return iter([])


class SubAgen(Ticker):
    pass


print(type(Ticker.__dict__["__anext__"]).__name__, type(SubAgen.__aiter__).__name__)


async def main():
    got = [x async for x in SubAgen(3)]
    await Ticker(0)
    return got


c = main()
try:
    c.send(None)
except StopIteration as e:
    print("main", e.value)
g.close()
ag2 = agen()
a = ag2.asend(None)
try:
    a.send(None)
except StopIteration as e:
    print("asend", e.value)
print(type(a).__name__, type(type(a).__dict__["__await__"]).__name__)
t = ag2.athrow(ValueError("boom"))
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("athrow.throw", repr(e))
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
print(ag2.aclose().close(), ag2.ag_running)
try:
    ag2.asend(None).send(None)
except StopAsyncIteration:
    print("closed")
