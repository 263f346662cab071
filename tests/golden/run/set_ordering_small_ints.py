# Iteration order of sets of small non-negative ints follows their hash (the int itself) and table size.
print({3, 1, 2}, {10, 5, 0}, {8, 16, 24, 32}, set(range(20, 0, -3)))
print({7, 15, 23}, {1, 9, 17, 25, 33}, {100, 200, 3})
s = set()
for i in [64, 1, 33, 2, 97]:
    s.add(i)
    print(s)
for i in [33, 64]:
    s.discard(i)
print(s)
s.add(65); print(s)
print(sorted({-1, -2, -3}), len({0, False, 0.0}), {0, 1, True, 1.0} == {0, 1})
evens = {x for x in range(30) if x % 2 == 0}
print(evens, evens & {4, 40, 8})
print(frozenset(range(5)) | frozenset(range(3, 8)), frozenset({5, 1}) - {1})
print(list({9, 8, 7, 6, 5, 4, 3, 2, 1, 0}))
u = set(range(5))
u.update([12, 5, 7])
print(u, u.pop(), u.pop(), u)
