import types


@types.coroutine
def suspend(v):
    got = yield v
    return got


async def worker():
    a = await suspend("first")
    try:
        b = await suspend("second")
    except KeyError as e:
        b = f"handled {e}"
    return a, b


c = worker()
print(c.send(None))
print(c.send("A"))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("result", e.value)
