# Coroutine throw() into an awaiting coroutine through several await levels; close() runs finally blocks.
class Pause:
    def __await__(self):
        return (yield "paused")
async def leaf():
    try:
        v = await Pause()
        return v
    finally:
        print("leaf finally")
async def middle():
    try:
        return await leaf()
    except ValueError as e:
        print("middle caught", e)
        return await Pause()
async def top():
    r = await middle()
    return f"top got {r}"
c = top()
print(c.send(None))
print(c.throw(ValueError("injected")))
try:
    c.send("final value")
except StopIteration as e:
    print(e.value)
c2 = top()
c2.send(None)
c2.close()
print("c2 closed")
c3 = top()
c3.send(None)
try:
    c3.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated", repr(e))
async def awaits_twice():
    co = leaf()
    await co
    await co
c4 = awaits_twice()
c4.send(None)
try:
    c4.send(1)
except RuntimeError as e:
    print("RuntimeError:", e)
