class R:
    state = 7
    @classmethod
    def next(cls):
        cls.state = (cls.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return cls.state >> 33
    @classmethod
    def randint(cls, a, b): return a + cls.next() % (b - a + 1)
    @classmethod
    def choice(cls, seq): return seq[cls.next() % len(seq)]
chars = ['0', '1', '9', '5', '_', '.', 'e', 'E', '+', '-', ' ', 'j', 'J', '(', ')', 'x', 'o', 'b', 'a', 'f', 'inf', 'nan', 'infinity', '\t', '0x', '1_0', '00']
def t(f, s):
    try:
        print(repr(s), repr(f(s)))
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)
for i in range(3000):
    s = ''.join(R.choice(chars) for _ in range(R.randint(1, 6)))
    t(float, s); t(complex, s); t(int, s)
    t(lambda x: int(x, 0), s); t(lambda x: int(x, 16), s)
    t(float.fromhex, s)
for i in range(1500):
    m = R.next() / 2**31 * 10 ** R.randint(-30, 30) * R.choice([1, -1])
    for spec in ['', 'r', '.%de' % R.randint(0, 20), '.%df' % R.randint(0, 25), '.%dg' % R.randint(0, 20), '#.%dg' % R.randint(0, 6), '.%d' % R.randint(0, 18), '.%d%%' % R.randint(0, 5)]:
        try: print(format(m, spec) if spec != 'r' else repr(m))
        except Exception as e: print(type(e).__name__, e)
    print(round(m, R.randint(-5, 15)), m.hex(), float.fromhex(m.hex()) == m, hash(m) == hash(m))
