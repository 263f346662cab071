# Iterator protocol: __iter__/__next__, StopIteration, iter() with sentinel, next() default, exhaustion.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 2 for x in Countdown(2)], sum(Countdown(4)))
c = Countdown(1)
print(next(c), next(c, "done"), next(c, None))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
vals = [5, 3, 0, 7]
pos = -1
def nxt():
    global pos
    pos += 1
    return vals[pos]
print(list(iter(nxt, 0)))
class Iterable:
    def __iter__(self):
        yield from "xyz"
print(list(Iterable()), "y" in Iterable(), tuple(Iterable()))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
a, b = Countdown(2)
print(a, b)
d = {"k": 1}
it = iter(d)
print(next(it), type(it).__name__, type(iter("s")).__name__, type(iter(range(2))).__name__, type(iter({1})).__name__)
