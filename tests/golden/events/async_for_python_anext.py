# async for over a class whose __anext__ is a coroutine function ending with
# StopAsyncIteration (raised in __anext__, re-raised in-line into the loop).
class Count:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return self.i
async def main():
    total = 0
    async for x in Count():
        total += x
    return total
c = main()
try:
    c.send(None)
except StopIteration:
    pass
