# set and frozenset: operators, methods, ordering of small ints.
s = {5, 3, 1, 3, 9, 0}
print(s, len(s), 3 in s, 4 in s, sorted(s))
t = {1, 2, 3, 4}
print(s | t, s & t, s - t, s ^ t, t - s)
print(s.union([10]), s.intersection(range(4)), s.difference({0}), s.symmetric_difference({9, 11}))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {3}, {1}.isdisjoint({2}), {1, 2}.issubset([1, 2]), {1, 2}.issuperset((1,)))
s.add(7); s.discard(100); s.remove(0); print(s)
u = set(range(10, 0, -1)); print(u)
print(set(), set("aab") == {"a", "b"}, set([3, 2, 1]), {x % 4 for x in range(20)}, set((64, 32, 16, 8, 1)))
print({100, 17, 33, 1}, sorted({-1, -2, 5}), frozenset([2, 1]), frozenset())
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, hash(f) == hash(frozenset([2, 1])), {f: 1}[frozenset({1, 2})])
v = {1, 2, 3}
v |= {4}; v &= {2, 3, 4, 5}; v -= {3}; v ^= {9}; print(v)
print(v.pop(), v, v.copy())
v.clear(); print(v)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    f.add(3)
except AttributeError as e:
    print("AttributeError:", e)
print({1, 2} == frozenset({1, 2}), {1: 0}.keys() == {1}, set([1.0, 1, True]))
