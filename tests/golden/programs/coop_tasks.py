# A tiny cooperative scheduler for async def coroutines (no asyncio).
import heapq
import types
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


@types.coroutine
def wait_on(channel):
    value = yield ("recv", channel)
    return value


class Cancelled(Exception):
    pass


class Channel:
    def __init__(self, name):
        self.name = name
        self.items = deque()
        self.waiters = deque()

    def put(self, item, loop):
        if self.waiters:
            loop.ready(self.waiters.popleft(), item)
        else:
            self.items.append(item)

    def __repr__(self):
        return f"Channel({self.name}, {len(self.items)} queued)"


class Task:
    counter = 0

    def __init__(self, coro, name):
        Task.counter += 1
        self.seq = Task.counter
        self.coro, self.name = coro, name
        self.result = None
        self.error = None
        self.done = False

    def __lt__(self, other):
        return self.seq < other.seq


class Loop:
    def __init__(self):
        self.now = 0
        self.queue = deque()
        self.sleepers = []
        self.tasks = []
        self.log = []

    def spawn(self, coro, name):
        t = Task(coro, name)
        self.tasks.append(t)
        self.ready(t, None)
        return t

    def ready(self, task, value):
        self.queue.append((task, value, None))

    def cancel(self, task):
        self.queue.append((task, None, Cancelled(f"{task.name} cancelled at {self.now}")))

    def step(self, task, value, exc):
        if task.done:
            self.log.append(f"t={self.now} stale wakeup for {task.name}")
            return
        try:
            if exc is not None:
                request = task.coro.throw(exc)
            else:
                request = task.coro.send(value)
        except StopIteration as stop:
            task.done, task.result = True, stop.value
            self.log.append(f"t={self.now} {task.name} -> {stop.value!r}")
            return
        except Exception as err:
            task.done, task.error = True, err
            self.log.append(f"t={self.now} {task.name} !! {type(err).__name__}: {err}")
            return
        match request:
            case ("sleep", int(n)) if n > 0:
                heapq.heappush(self.sleepers, (self.now + n, task))
            case ("sleep", _):
                self.ready(task, None)
            case ("recv", Channel() as ch):
                if ch.items:
                    self.ready(task, ch.items.popleft())
                else:
                    ch.waiters.append(task)
            case other:
                raise RuntimeError(f"bad request {other!r}")

    def run(self, limit=50):
        while self.queue or self.sleepers:
            if limit == 0:
                break
            limit -= 1
            while self.queue:
                self.step(*self.queue.popleft())
            if self.sleepers:
                when, task = heapq.heappop(self.sleepers)
                self.now = max(self.now, when)
                self.ready(task, None)
        return [t.name for t in self.tasks if not t.done]


loop = Loop()
jobs = Channel("jobs")


async def producer(n):
    for i in range(n):
        await Sleep(1)
        jobs.put(i * i, loop)
    jobs.put(None, loop)
    jobs.put(None, loop)
    return f"produced {n}"


async def worker(wid):
    handled = []
    try:
        while (job := await wait_on(jobs)) is not None:
            await Sleep(wid)
            handled.append(job)
        return handled
    finally:
        loop.log.append(f"t={loop.now} worker{wid} finally {len(handled)}")


async def sub_total(values):
    total = 0
    for v in values:
        total += v
        await Sleep(0)
    return total


async def summarize():
    a = await sub_total(range(4))
    b = await sub_total([10, 20])
    return a + b


async def fragile():
    await Sleep(2)
    raise KeyError("missing config")


async def sleeper_forever():
    try:
        while True:
            await Sleep(3)
    except Cancelled as c:
        loop.log.append(f"cleanup: {c}")
        return "stopped"


class Lease:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await Sleep(1)
        loop.log.append(f"t={loop.now} lease {self.name} acquired")
        return self

    async def __aexit__(self, et, ev, tb):
        loop.log.append(f"t={loop.now} lease {self.name} released ({et.__name__ if et else 'ok'})")
        return et is ZeroDivisionError


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep(1)
        return self.n


async def countdown(n):
    async for v in Ticker(n):
        if v % 2:
            yield v * 10


async def leased():
    async with Lease("L1") as lease:
        seen = [x async for x in countdown(5)]
        1 / 0
    async with Lease("L2"):
        seen.append(sum([v async for v in Ticker(3)]))
    return (lease.name, seen)


async def canceller(target):
    await Sleep(7)
    loop.cancel(target)
    return "sent cancel"


loop.spawn(producer(5), "producer")
w1 = loop.spawn(worker(1), "w1")
w2 = loop.spawn(worker(2), "w2")
loop.spawn(summarize(), "summary")
loop.spawn(fragile(), "fragile")
forever = loop.spawn(sleeper_forever(), "forever")
loop.spawn(canceller(forever), "canceller")
loop.spawn(leased(), "leased")
left = loop.run()
for line in loop.log:
    print(line)
print("left:", left, "now:", loop.now)
print("w1:", w1.result, "w2:", w2.result, jobs)
print(sorted(t.name for t in loop.tasks if t.error))
c = summarize()
print(type(c).__name__, c.cr_running)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
