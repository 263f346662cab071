# throw() into a suspended coroutine, handled inside.
class Pause:
    def __await__(self):
        yield
async def work():
    try:
        await Pause()
    except KeyError:
        return "handled"
c = work()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration:
    pass
