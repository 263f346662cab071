# A coroutine suspended on a custom awaitable and resumed with send.
class Pause:
    def __await__(self):
        v = yield "paused"
        return v
async def work():
    a = await Pause()
    return a * 2
c = work()
c.send(None)
try:
    c.send(21)
except StopIteration:
    pass
