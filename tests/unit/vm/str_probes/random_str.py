seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alpha = ['a', 'b', 'A', 'B', ' ', '\t', '\n', 'é', 'É', '€', 'ß', 'Σ', 'σ', 'ς', '𝄞', '1', '٣', '_', '-', ',', '\u2028', '\x85', 'ǅ', 'ﬁ', '\u0301', 'İ', '\r']
def rstr(maxlen):
    return ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(maxlen + 1)))
methods0 = ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isalpha', 'isalnum', 'isdigit', 'isdecimal', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']
methods1 = ['split', 'rsplit', 'find', 'rfind', 'count', 'startswith', 'endswith', 'partition', 'rpartition', 'strip', 'removeprefix', 'removesuffix', 'join', '__contains__', '__add__', '__eq__', '__lt__']
def call(s, m, *args):
    try:
        return repr(getattr(s, m)(*args))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
for i in range(600):
    s = rstr(12)
    m = methods0[rnd(len(methods0))]
    print(i, repr(s), m, call(s, m))
    t = rstr(3)
    m = methods1[rnd(len(methods1))]
    print(i, m, repr(t), call(s, m, t))
    a, b = rnd(15) - 5, rnd(15) - 5
    print(i, repr(s[a:b]), repr(s[::rnd(3) + 1]), repr(s[::-(rnd(3) + 1)]), call(s, 'find', t, a, b), call(s, 'count', t, a, b))
    print(i, call(s, 'replace', t, 'Xé', rnd(4) - 1), call(s, 'split', t or None, rnd(4) - 1), call(s, 'rsplit', None, rnd(3)))
    print(i, call(s, 'center', rnd(20), '€'), call(s, 'zfill', rnd(15)), call(s, 'encode', 'utf-8', 'strict'), call(s, 'encode', 'ascii', 'backslashreplace'))
    print(i, call(s, 'encode', 'latin-1', 'replace'), call(s, 'encode', 'utf-16-le'), '%-6s|%6r|%.3a' % (s, s, s))
    print(i, '{:>8}|{:^9.4}|{!r:<10}'.format(s, s, s), ascii(s), hash(s) == hash(s[:]), s == s[:] + '')
    b = s.encode('utf-8', 'surrogatepass')
    print(i, b, b.upper(), b.split(), b.hex(), b.decode('utf-8', 'replace') == s, b[::2].decode('utf-8', 'replace'), b[1:].decode('ascii', 'replace'))
