# close() of a suspended coroutine.
class Pause:
    def __await__(self):
        yield
async def work():
    await Pause()
    return 1
c = work()
c.send(None)
c.close()
