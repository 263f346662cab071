class Resource:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def main():
    out = []
    async with Resource() as r:
        async for t in Ticker(3):
            out.append(t)
        else:
            out.append("end")
    return out


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
