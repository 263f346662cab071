# Async generators and async for / async with, driven manually with a tiny runner.
class Tick:
    def __await__(self):
        yield "tick"
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * i
    print("agen finished")
class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self):
        print("aenter")
        await Tick()
        return "res"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    async for v in AIter():
        out.append(-v)
    async with ACM() as r:
        out.append(r)
    comp = [x async for x in agen(2)]
    return out, comp
print(run(main()))
async def use_anext():
    g = agen(2)
    a = await g.__anext__()
    b = await anext(g)
    c = await anext(g, "default")
    return a, b, c
print(run(use_anext()))
ag = agen(1)
print(type(ag).__name__, type(ag.__aiter__()).__name__, ag.__aiter__() is ag)
async def aclose_demo():
    g = agen(5)
    await anext(g)
    await g.aclose()
    return "closed"
print(run(aclose_demo()))
