seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = [b'a', b'b', b'A', b' ', b'\t', b'\n', b'\r', b'\x00', b'\xff', b'\xc3', b'\xa9', b'1', b',', b'-', b'\x0b', b'\x1c']
def rb(maxlen):
    return b''.join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1)))
m0 = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'isalpha', 'isalnum', 'isdigit', 'isspace', 'islower', 'isupper', 'istitle', 'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs', 'hex', 'decode']
m1 = ['split', 'rsplit', 'find', 'rfind', 'count', 'startswith', 'endswith', 'partition', 'rpartition', 'strip', 'removeprefix', 'removesuffix', 'join', '__contains__', '__add__', '__eq__', '__lt__', 'index', 'rindex']
def call(s, m, *args):
    try:
        return repr(getattr(s, m)(*args))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for i in range(500):
    s = rb(12)
    if rnd(3) == 0:
        s = bytearray(s)
    m = m0[rnd(len(m0))]
    print(i, repr(s), m, call(s, m))
    t = rb(3)
    m = m1[rnd(len(m1))]
    print(i, m, repr(t), call(s, m, t))
    a, b = rnd(15) - 5, rnd(15) - 5
    print(i, repr(s[a:b]), repr(s[::rnd(3) + 1]), call(s, 'find', t, a, b), call(s, 'count', rnd(300), a, b))
    print(i, call(s, 'replace', t, b'X', rnd(4) - 1), call(s, 'split', t or None, rnd(4) - 1), call(s, 'center', rnd(20), b'*'), call(s, 'zfill', rnd(15)))
    print(i, call(s, 'decode', 'utf-8', 'replace'), call(s, 'decode', 'ascii', 'backslashreplace'), call(s, 'decode', 'latin-1'), call(s, 'hex', ':', rnd(5) - 2))
    print(i, b'%s|%5b|%-4r|%x' % (s, s[:2], s[:1], len(s)), s.translate(None, b'a'), bytes.fromhex(s.hex()) == s)
    x = bytearray(s)
    try:
        x[a:b] = t
        x[::2] = x[::2]
        del x[::3]
        x.extend(t)
        x.insert(rnd(5) - 2, rnd(256))
        if x: x.pop(rnd(len(x)))
        x += s
        x *= 2
    except Exception as e:
        print(i, 'err', type(e).__name__, e)
    print(i, x)
