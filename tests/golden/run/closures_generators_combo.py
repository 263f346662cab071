# Closures capturing generator state, generators producing closures, and pipelines of generator functions.
def make_pipeline(*stages):
    def run(data):
        for st in stages:
            data = st(data)
        return data
    return run
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
def scale(k):
    def stage(it):
        for x in it:
            yield x * k
    return stage
def keep(pred):
    return lambda it: (x for x in it if pred(x))
def take(n):
    def stage(it):
        for i, x in enumerate(it):
            if i >= n:
                return
            yield x
    return stage
pipe = make_pipeline(scale(3), keep(lambda x: x % 2 == 0), take(4))
print(list(pipe(numbers(100))))
def counters():
    for i in range(3):
        def c(i=i):
            return i * 10
        yield c
print([f() for f in counters()])
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
