# An async generator iterated by async for inside a coroutine driven with send.
async def agen():
    yield 1
    yield 2
async def main():
    total = 0
    async for v in agen():
        total += v
    return total
c = main()
try:
    c.send(None)
except StopIteration:
    pass
