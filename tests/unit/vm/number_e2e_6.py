class R:
    state = 2024
    @classmethod
    def next(cls):
        cls.state = (cls.state * 6364136223846793005 + 1442695040888963407) % 2**64
        return cls.state >> 33
    @classmethod
    def randint(cls, a, b): return a + cls.next() % (b - a + 1)
    @classmethod
    def choice(cls, seq): return seq[cls.next() % len(seq)]
random = R
parts = ['', '*<', '>', '^', '=', '0<', 'x^', '+', '-', ' ', 'z', '#', '0', '5', '12', ',', '_', '.', '.0', '.3', '.12', '.,', '._', '.2_', 'd', 'x', 'X', 'b', 'o', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 's', 'r', '']
vals = [0, 7, -42, 65, 2**40, -2**70, True, 0.0, -0.0, 1.5, -1234.5678, 1e16, 1e-7, float('inf'), float('nan'), 1+2j, -0.5j, complex(-0.0, 1e20), 'abc']
def t(v, s):
    try:
        r = format(v, s)
        print(repr(s), repr(r))
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)
for i in range(2500):
    n = random.randint(1, 5)
    spec = ''.join(random.choice(parts) for _ in range(n))
    t(random.choice(vals), spec)
