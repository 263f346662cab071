def slices(s, i, j, k):
    a = s[1:3]
    b = s[i:j]
    c = s[::2]
    d = s[i:j:k]
    e = s[:-1]
    f = s[i:]
    g = s[:]
    t = list(s)
    t[1:2] = ["x", "y"]
    t[i:j] = []
    t[::2] = t[::2]
    del t[0:1]
    del t[i:j:k]
    return a, b, c, d, e, f, g, t


print(slices("abcdefgh", 1, 5, 2))
