import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def chain():
    x = await add(1, 2)
    y = await add(x, await add(3, 4))
    try:
        await asyncio.wait_for(add(0, 0), timeout=1)
    except TimeoutError:
        pass
    return y


print(asyncio.run(chain()))
