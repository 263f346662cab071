"""A cooperative task scheduler using generators and a hand-written binary heap."""

class Heap:
    def __init__(self):
        self.a = []

    def __len__(self):
        return len(self.a)

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0:
            p = (i - 1) >> 1
            if a[i] < a[p]:
                a[i], a[p] = a[p], a[i]
                i = p
            else:
                break

    def pop(self):
        a = self.a
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i, n = 0, len(a)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            m = i
            if l < n and a[l] < a[m]:
                m = l
            if r < n and a[r] < a[m]:
                m = r
            if m == i:
                return top
            a[i], a[m] = a[m], a[i]
            i = m


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __repr__(self):
        return f"Sleep({self.ticks})"


class Spawn:
    def __init__(self, gen, name):
        self.gen, self.name = gen, name


class Task:
    counter = 0

    def __init__(self, gen, name, prio):
        Task.counter += 1
        self.id = Task.counter
        self.gen, self.name, self.prio = gen, name, prio
        self.result = None
        self.steps = 0

    def __repr__(self):
        return f"<Task {self.id} {self.name}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = Heap()
        self.done = []
        self.trace = []

    def spawn(self, gen, name, prio=5, at=None):
        t = Task(gen, name, prio)
        self.queue.push((self.now if at is None else at, prio, t.id, t, None))
        return t

    def run(self, limit=1000):
        while self.queue and limit:
            limit -= 1
            when, prio, _, task, value = self.queue.pop()
            self.now = max(self.now, when)
            try:
                req = task.gen.send(value)
            except StopIteration as e:
                task.result = e.value
                self.done.append(task)
                self.trace.append(f"t={self.now} {task.name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.trace.append(f"t={self.now} {task.name} crashed: {type(e).__name__}: {e}")
                continue
            task.steps += 1
            if isinstance(req, Sleep):
                self.queue.push((self.now + req.ticks, task.prio, task.id, task, None))
            elif isinstance(req, Spawn):
                child = self.spawn(req.gen, req.name, task.prio - 1)
                self.queue.push((self.now, task.prio, task.id, task, child))
            elif req is None:
                self.queue.push((self.now, task.prio, task.id, task, self.now))
            else:
                self.trace.append(f"t={self.now} {task.name} yielded junk {req!r}")
                task.gen.close()


def worker(name, n, delay):
    total = 0
    for i in range(n):
        now = yield
        total += now
        yield Sleep(delay)
    return f"{name}:{total}"


def parent():
    kids = []
    for i in range(3):
        kid = yield Spawn(worker(f"kid{i}", i + 1, i + 2), f"kid{i}")
        kids.append(kid)
    yield Sleep(20)
    return [(k.name, k.result) for k in kids]


def crasher():
    yield Sleep(3)
    raise RuntimeError("boom")


def junk():
    try:
        yield 42
    finally:
        print("junk cleanup")


def fibgen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


s = Scheduler()
s.spawn(parent(), "parent", prio=3)
s.spawn(worker("w", 4, 1), "w")
s.spawn(crasher(), "crasher", at=2)
s.spawn(junk(), "junk")
s.run()
print("\n".join(s.trace))
print("done order:", [t.name for t in s.done])
print("now:", s.now, "steps:", sorted((t.name, t.steps) for t in s.done))

h = Heap()
for x in [5, 3, 9, 1, 7, 3, 8, 2, 6, 0, 4]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
g = fibgen()
print([next(g) for _ in range(15)])
print(sum(x for x, _ in zip(fibgen(), range(50))))


def chain(*its):
    for it in its:
        yield from it


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(7, chain("ab", range(3), fibgen())))
gen = (i * i for i in range(5))
print(next(gen), list(gen), list(gen))


def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                received.append(f"err:{e}")
    except GeneratorExit:
        print("echo closing with", received)
        raise


e = echo()
print(next(e), e.send("a"), e.send("b"), e.throw(ValueError("v")), e.send(None))
e.close()
print(e.gi_running, e.gi_frame)
