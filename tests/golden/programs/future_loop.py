# Futures and a task group written by hand: awaiting objects that yield
# themselves, cancellation by throw(), errors gathered into ExceptionGroup.
from collections import deque


class CancelledError(BaseException):
    pass


class Future:
    def __init__(self, label):
        self.label = label
        self.done = False
        self.result = None
        self.callbacks = []

    def set(self, value):
        self.done, self.result = True, value
        for cb in self.callbacks:
            cb(self)

    def __await__(self):
        if not self.done:
            yield self
        return self.result


class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.finished = Future(f"task {name}")
        self.pending_exc = None

    def step(self, value=None):
        try:
            if self.pending_exc is not None:
                exc, self.pending_exc = self.pending_exc, None
                waiting = self.coro.throw(exc)
            else:
                waiting = self.coro.send(value)
        except StopIteration as stop:
            self.loop.trace(f"{self.name} returned {stop.value!r}")
            self.finished.set(("ok", stop.value))
        except CancelledError:
            self.loop.trace(f"{self.name} cancelled")
            self.finished.set(("cancelled", None))
        except Exception as exc:
            self.loop.trace(f"{self.name} raised {exc!r}")
            self.finished.set(("error", exc))
        else:
            waiting.callbacks.append(lambda fut: self.loop.ready.append((self, fut.result)))

    def cancel(self):
        self.pending_exc = CancelledError(self.name)
        self.loop.ready.append((self, None))


class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.clock = 0
        self.lines = []

    def trace(self, msg):
        self.lines.append(f"[{self.clock:02d}] {msg}")

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append((task, None))
        return task

    def sleep(self, ticks, value=None):
        fut = Future(f"sleep {ticks}")
        self.timers.append((self.clock + ticks, len(self.timers), fut, value))
        self.timers.sort(key=lambda t: (t[0], t[1]))
        return fut

    def run(self):
        while self.ready or self.timers:
            while self.ready:
                task, value = self.ready.popleft()
                if not task.finished.done:
                    task.step(value)
            if self.timers:
                when, _, fut, value = self.timers.pop(0)
                self.clock = when
                fut.set(value)


loop = Loop()


async def fetch(key, delay, fail=False):
    loop.trace(f"fetch {key} start")
    try:
        data = await loop.sleep(delay, f"<{key}>")
        if fail:
            raise ConnectionError(f"{key} unreachable")
        return data
    finally:
        loop.trace(f"fetch {key} cleanup")


async def gather(*coros):
    tasks = [loop.spawn(c, f"child{i}") for i, c in enumerate(coros)]
    outcomes = [await t.finished for t in tasks]
    errors = [v for kind, v in outcomes if kind == "error"]
    if errors:
        raise ExceptionGroup("gather failed", errors)
    return [v for _, v in outcomes]


async def main():
    first = await gather(fetch("a", 2), fetch("b", 1))
    loop.trace(f"first round {first}")
    try:
        await gather(fetch("c", 1), fetch("d", 2, fail=True), fetch("e", 3, fail=True))
    except* ConnectionError as eg:
        loop.trace(f"{len(eg.exceptions)} failures: {sorted(str(e) for e in eg.exceptions)}")
    slow = loop.spawn(fetch("slow", 10), "slow")
    await loop.sleep(1)
    slow.cancel()
    status = await slow.finished
    loop.trace(f"slow ended {status}")
    return "main done"


async def watchdog():
    for beat in range(3):
        await loop.sleep(2)
        loop.trace(f"heartbeat {beat}")
    return beat


loop.spawn(main(), "main")
loop.spawn(watchdog(), "watchdog")
loop.run()
print("\n".join(loop.lines))
print("clock", loop.clock, "timers left", len(loop.timers))
