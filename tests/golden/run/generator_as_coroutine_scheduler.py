# A round-robin scheduler of generator "tasks" with a deque-like list; tasks yield to cooperate.
def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} done"
def scheduler(tasks):
    queue = list(tasks)
    results = []
    while queue:
        t = queue.pop(0)
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            results.append(e.value)
    return results
print(scheduler([task("A", 2), task("B", 3), task("C", 1)]))
def producer(n):
    for i in range(n):
        yield ("item", i)
    yield ("end", None)
def consumer():
    total = 0
    while True:
        kind, v = yield
        if kind == "end":
            return total
        total += v
c = consumer()
next(c)
try:
    for msg in producer(5):
        c.send(msg)
except StopIteration as e:
    print("consumer total", e.value)
