import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def main():
    a = [x async for x in agen(4)]
    b = {x: x * x async for x in agen(3) if x}
    c = [await asyncio.sleep(0, result=y) for y in range(2)]
    g = (x async for x in agen(2))
    d = [x async for x in g]
    return a, b, c, d


print(asyncio.run(main()))
