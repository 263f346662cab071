# An exception out of an awaited coroutine (run in-line by SEND): RAISE in the
# awaiting frame reports the code unit before the SEND.
async def failing():
    raise KeyError("k")
async def catcher():
    try:
        await failing()
    except KeyError:
        return "caught"
c = catcher()
try:
    c.send(None)
except StopIteration:
    pass
