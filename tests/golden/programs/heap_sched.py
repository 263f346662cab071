# A discrete-event task scheduler on a hand-written binary min-heap (no heapq):
# priorities, deadlines, aging, cancellation and a final Gantt-like summary.
import itertools
from collections import namedtuple

Task = namedtuple("Task", "name priority duration deadline")


class MinHeap:
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if self.key(items[i]) < self.key(items[parent]):
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < n and self.key(items[left]) < self.key(items[smallest]):
                smallest = left
            if right < n and self.key(items[right]) < self.key(items[smallest]):
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def peek(self):
        return self.items[0]


def heapsort(values, key=lambda x: x):
    h = MinHeap(key)
    for v in values:
        h.push(v)
    return [h.pop() for _ in range(len(h))]


data = [(i * 7919) % 101 for i in range(30)]
print("heapsort ok:", heapsort(data) == sorted(data), heapsort(data)[:10])
words = "delta alpha echo bravo charlie foxtrot golf hotel".split()
print(heapsort(words, key=lambda w: (len(w), w)))
try:
    MinHeap().pop()
except IndexError as e:
    print("IndexError:", e)


class Scheduler:
    AGING = 2  # every AGING ticks waiting, priority improves by one

    def __init__(self):
        self.clock = 0
        self.seq = itertools.count()
        self.ready = MinHeap(key=lambda e: (e[0], e[1]))
        self.cancelled = set()
        self.log = []
        self.waiting_since = {}

    def submit(self, task):
        entry = (task.priority, next(self.seq), task)
        self.ready.push(entry)
        self.waiting_since[task.name] = self.clock

    def cancel(self, name):
        self.cancelled.add(name)

    def age(self):
        aged = MinHeap(key=self.ready.key)
        while self.ready:
            prio, seq, task = self.ready.pop()
            waited = self.clock - self.waiting_since[task.name]
            bonus = waited // self.AGING
            aged.push((max(0, task.priority - bonus), seq, task))
        self.ready = aged

    def run(self):
        while self.ready:
            self.age()
            prio, seq, task = self.ready.pop()
            if task.name in self.cancelled:
                self.log.append((task.name, None, None, "cancelled"))
                continue
            start = self.clock
            self.clock += task.duration
            status = "late" if self.clock > task.deadline else "ok"
            self.log.append((task.name, start, self.clock, status))
            yield task.name, prio, start, self.clock, status


sched = Scheduler()
specs = [("build", 3, 4, 10), ("test", 2, 3, 9), ("lint", 5, 1, 30), ("deploy", 1, 2, 12),
         ("docs", 7, 2, 40), ("bench", 4, 5, 25), ("notify", 6, 1, 20), ("backup", 9, 6, 60)]
for spec in specs:
    sched.submit(Task(*spec))
sched.cancel("notify")
for name, prio, start, end, status in sched.run():
    print(f"t={start:>2}..{end:<2} {name:<7} eff.prio={prio} {status}")
    if name == "deploy":
        sched.submit(Task("hotfix", 0, 2, end + 3))

print("timeline:")
for name, start, end, status in sched.log:
    if start is None:
        print(f"  {name:<7} {'-' * 10} {status}")
    else:
        print(f"  {name:<7} {' ' * start}{'#' * (end - start)} {status}")
late = [n for n, s, e, st in sched.log if st == "late"]
print("late:", late, "count:", len(late), "makespan:", sched.clock)
t = Task("x", 1, 2, 3)
print(t, t._fields, t._replace(priority=9), t._asdict(), Task._make(["y", 0, 1, 1]))
print(t.priority + t.duration, t[3], *t)
