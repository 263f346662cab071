# iter(callable, sentinel), next(it, default), exhaustion of iterators shared between consumers.
data = iter([3, 1, 4, 1, 5, 9, 2, 6])
print(list(iter(lambda: next(data), 5)), list(data))
chunks = iter(["ab", "cd", "", "ef"])
print(list(iter(chunks.__next__, "")))
class Reader:
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
r = Reader(["one\n", "two\n"])
for line in iter(r.readline, ""):
    print("read", line.strip())
it = iter(range(3))
print(next(it, "d"), next(it, "d"), next(it, "d"), next(it, "d"), next(it, None))
shared = iter(range(10))
pairs = list(zip(shared, shared))
print(pairs)
words = iter("a b c d e".split())
first = next(words)
rest = list(words)
print(first, rest)
try:
    iter(lambda: 1, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
