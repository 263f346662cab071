# A coroutine awaiting another that returns at once, driven by send(None).
async def inner():
    return 1
async def outer():
    x = await inner()
    return x + 1
c = outer()
try:
    c.send(None)
except StopIteration:
    pass
