# Objects with only __getitem__ are iterable (sequence iteration protocol) and support `in`.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Squares()), 9 in Squares(), 10 in Squares(), [x for x in Squares() if x % 2], sorted(Squares(), reverse=True))
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
class Endless:
    def __getitem__(self, i):
        return i
for v in Endless():
    if v > 3:
        break
    print("endless", v)
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print("KeyError:", e)
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
a, b, c = Squares()[1], *list(Squares())[3:5]
print(a, b, c)
print(list(zip(Squares(), "abc")), dict(enumerate(Squares())))
