# await inside comprehensions and async generators with try/finally, driven by a manual runner.
class Sleep:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield self.v
        return self.v * 2
def run(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return e.value, yielded
async def double(x):
    return await Sleep(x)
async def main():
    a = [await double(i) for i in range(3)]
    b = {i: await double(i) for i in range(2)}
    return a, b
print(run(main()))
async def agen():
    try:
        for i in range(3):
            yield await Sleep(i)
    finally:
        print("agen finally")
async def consume():
    out = []
    async for v in agen():
        out.append(v)
        if v == 2:
            break
    return out
print(run(consume()))
async def gather_like(*coros):
    results = []
    for c in coros:
        results.append(await c)
    return results
print(run(gather_like(double(5), double(6))))
async def raises():
    await Sleep(1)
    raise KeyError("async boom")
async def catcher():
    try:
        await raises()
    except KeyError as e:
        return f"caught {e!r}"
print(run(catcher()))
import sys
c = double(1)
print(type(c).__name__, c.cr_running, c.cr_await is None, c.__qualname__)
c.close()
