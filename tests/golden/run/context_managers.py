# with statements: __enter__/__exit__ ordering, exceptions passed to __exit__, suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as w:
    print("both", w)
with CM("s", suppress=True):
    raise ValueError("swallowed")
print("after suppress")
try:
    with CM("p"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
with (CM("x") as x, CM("y") as y):
    print(x, y)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Raising:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raising():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
