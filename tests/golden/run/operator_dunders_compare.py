# Rich comparisons: reflection, NotImplemented, == falling back to identity, ordering errors.
class W:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, W) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return self.v < o.v if isinstance(o, W) else NotImplemented
    def __le__(self, o):
        return NotImplemented
print(W(1) == W(1), W(1) != W(2), W(1) < W(2), W(3) > W(2))
print(W(1) == 5, 5 == W(1))
try:
    W(1) <= W(2)
except TypeError as e:
    print("TypeError:", e)
try:
    W(1) < 5
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != p, p is p)
try:
    p < p
except TypeError as e:
    print("TypeError:", e)
for a, b in [(1, "1"), ([1], (1,)), (None, 0)]:
    print(a == b, a != b)
    try:
        a < b
    except TypeError as e:
        print("TypeError:", e)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" > "a")
class Tot:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return f"T{self.v}"
print(sorted([Tot(3), Tot(1), Tot(2)], key=lambda t: t.v), max([Tot(3), Tot(5), Tot(1)]), Tot(1) < Tot(2))
class Sub(W):
    def __eq__(self, o):
        print("Sub.eq")
        return True
print(W(1) == Sub(2))
