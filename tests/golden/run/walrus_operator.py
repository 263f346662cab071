# Assignment expressions (:=) in conditions, comprehensions, and loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
print([total := total + x for x in data], total)
vals = iter([5, 4, 0, 7])
while (v := next(vals)) != 0:
    print("got", v)
print((a := 10) + a, a)
def f():
    [z := i for i in range(4)]
    return z
print(f())
print(any((hit := x) > 8 for x in data), hit)
import math
print([round(r, 3) for x in (1, 4, 9) if (r := math.sqrt(x)) >= 2])
def g(xs):
    out = []
    for x in xs:
        if (sq := x * x) % 2 == 0:
            out.append(sq)
    return out, sq
print(g(range(5)))
