# athrow() / asend().throw() / athrow().throw() into an async generator that
# catches the exception and yields again: the awaitable stops with StopIteration(value).
async def ticks():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            yield f"recovered {e}"
        n += 1


def step(awaitable, how="send", exc=None):
    try:
        if how == "send":
            awaitable.send(None)
        else:
            awaitable.throw(exc)
    except StopIteration as s:
        return ("value", s.value)
    except BaseException as e:
        return ("raised", type(e).__name__, str(e))
    return ("suspended",)


g = ticks()
print(step(g.asend(None)))
print(step(g.athrow(ValueError("a"))))
print(step(g.asend(None)))
print(step(g.asend(None), "throw", ValueError("b")))
print(step(g.athrow(ValueError("c")), "throw", ValueError("d")))
print(step(g.athrow(KeyError("k"))))
print(step(g.asend(None)))
h = ticks()
print(step(h.asend(None)), step(h.aclose()), step(h.asend(None)))
