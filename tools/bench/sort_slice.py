# Sorting and slicing: list.sort with and without keys, sorted, reversed slices, slice assignment.
def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed)
    return out
def run():
    data = lcg(42, 140000)
    a = sorted(data)
    b = sorted(data, key=lambda x: (x % 1000, x))
    c = sorted(data, reverse=True)
    words = [str(x) for x in data[:50000]]
    words.sort(key=len)
    words.sort()
    chk = 0
    for i in range(0, len(a) - 100, 1000):
        chunk = a[i:i + 100]
        chk = (chk + sum(chunk[::3]) + chunk[-1] - chunk[0]) % 1000000007
    rev = data[::-1]
    rev[100:200] = rev[200:100:-1]
    del rev[::5]
    return chk, b[0], c[0], words[0], words[-1], len(rev), rev[12345]
print(run())
