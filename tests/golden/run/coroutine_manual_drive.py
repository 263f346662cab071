# Coroutines driven by hand with send/throw/close (no asyncio): awaitables via __await__.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield ("suspend", self.tag)
        return f"{self.tag}<-{got}"
async def leaf(x):
    r = await Suspend(x)
    return r.upper()
async def main():
    a = await leaf("a")
    b = await leaf("b")
    try:
        await Suspend("c")
    except ValueError as e:
        print("main caught", e)
    return [a, b]
co = main()
print(type(co).__name__, co.__name__)
print(co.send(None))
print(co.send(1))
print(co.throw(ValueError("bad")) if False else co.send(2))
try:
    co.throw(ValueError("injected"))
except StopIteration as e:
    print("result", e.value)
async def never():
    await Suspend("x")
n = never()
n.send(None)
n.close()
print("closed", n.cr_frame)
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def simple():
    return 42
s = simple()
try:
    s.send(None)
except StopIteration as e:
    print("simple ->", e.value)
try:
    s.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)
