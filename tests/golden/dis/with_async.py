import asyncio


class Lock:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return "locked"

    async def __aexit__(self, typ, val, tb):
        await asyncio.sleep(0)
        return typ is KeyError


async def worker(n):
    async with Lock() as state, Lock():
        if n:
            raise KeyError(n)
        return state


async def main():
    return [await worker(0), await worker(1)]


print(asyncio.run(main()))
