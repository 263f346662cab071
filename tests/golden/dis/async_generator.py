import asyncio


async def ticks(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("closed")


async def main():
    total = 0
    async for t in ticks(3):
        total += t
    gen = ticks(5)
    first = await anext(gen)
    await gen.aclose()
    return total, first


print(asyncio.run(main()))
