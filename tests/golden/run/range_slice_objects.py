# range and slice objects: attributes, indexing, membership, equality, indices().
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r.start, r.stop, r.step)
print(5 in r, 6 in r, r.index(11), r.count(8), range(0) == range(5, 2), range(0, 3) == range(3))
print(list(range(5, 0, -2)), list(range(-3)), len(range(0, 100, 7)), range(10)[-3:], range(10)[::3])
print(repr(range(3)), repr(range(1, 5, 2)), bool(range(0)), bool(range(1)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 3)), big[-1], 10 ** 19 in big, big[10 ** 19])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(6), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(slice(1, 2) == slice(1, 2), [0, 1, 2, 3][slice(1, None)], "abcdef"[slice(-2, None)])
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], range(5)[Idx()], "xyz"[Idx():], hex(Idx()), [1, 2, 3, 4][Idx():3])
