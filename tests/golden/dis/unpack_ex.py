def unpack(seq):
    a, b = seq[:2]
    first, *rest = seq
    *init, last = seq
    x, *mid, y = seq
    (p, q), r = (1, 2), 3
    [s, [t, u]] = [4, [5, 6]]
    return a, b, first, rest, init, last, x, mid, y, p, q, r, s, t, u


def swap(a, b, c):
    a, b = b, a
    a, b, c = c, a, b
    return a, b, c


def star_targets():
    for i, (j, *k) in [(1, (2, 3, 4))]:
        return i, j, k


print(unpack([1, 2, 3, 4]), swap(1, 2, 3), star_targets())
