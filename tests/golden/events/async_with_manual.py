# async with on an asynchronous context manager, driven with send.
class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
async def main():
    async with ACM():
        x = 1
    return x
c = main()
try:
    c.send(None)
except StopIteration:
    pass
