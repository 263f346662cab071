# async/await without asyncio: coroutines driven by hand, async generators, async with/for, await in comprehensions.
class suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        received = yield self.value
        return received
class AsyncCtx:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("enter", self.name)
        await suspend("aenter")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is KeyError
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await suspend(f"tick{self.i}")
        return self.i
async def agen(n):
    for i in range(n):
        got = await suspend(f"agen{i}")
        yield i * 10
async def main():
    async with AsyncCtx("ctx") as v:
        print("inside", v)
    async with AsyncCtx("swallow"):
        raise KeyError("x")
    total = [t async for t in Ticker(3)]
    print("ticks", total)
    async for x in agen(3):
        print("agen value", x)
    squares = [await suspend(i) for i in range(2)]
    print("awaited list", squares)
    return "done"
def run(coro):
    sent = None
    yields = []
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as stop:
            print("yields:", yields)
            return stop.value
        yields.append(y)
        sent = y
print(run(main()))
async def simple():
    return 7
c = simple()
print(type(c).__name__, c.cr_running, c.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
async def agen2():
    yield 1
    yield 2
g = agen2()
an = g.__anext__()
print(type(g).__name__, type(an).__name__, run(an))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("unexpected")
async def failing():
    await suspend(1)
    raise ValueError("async fail")
try:
    run(failing())
except ValueError as e:
    print("ValueError:", e)
c2 = simple()
c2.close()
try:
    c2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
