# Generators: pipelines of generator functions and generator expressions, yield from, send.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
def chained(n):
    yield from numbers(n)
    yield from numbers(n // 2)
def accumulator():
    total = 0
    while True:
        x = yield total
        total += x
total = 0
for rep in range(4):
    total += sum(evens(squares(numbers(150000))))
    total += sum(x for x in chained(100000) if x & 1)
acc = accumulator()
next(acc)
for i in range(200000):
    last = acc.send(i)
print(total, last)
