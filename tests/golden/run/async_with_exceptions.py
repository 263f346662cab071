# async with: __aexit__ receives the exception and may suppress it; async context in a loop with break.
class Step:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class AsyncRes:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Step()
        print("aenter", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await Step()
        print("aexit", self.name, et.__name__ if et else None, ev)
        return self.suppress
async def main():
    async with AsyncRes("plain"):
        print("body")
    async with AsyncRes("suppressing", suppress=True):
        raise ValueError("hidden")
    try:
        async with AsyncRes("propagating"):
            raise KeyError("seen")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with AsyncRes(f"loop{i}"):
            if i == 1:
                break
    async with AsyncRes("a") as a, AsyncRes("b") as b:
        print("two", a.name, b.name)
    return "done"
print(run(main()))
class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
async def wrong():
    async with NotAsync():
        pass
try:
    run(wrong())
except TypeError as e:
    print("TypeError:", e)
