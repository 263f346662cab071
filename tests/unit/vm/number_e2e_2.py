def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)

vals = [0, 1, -1, 7, -7, 2**62, -2**62, 2**64, 10**20, True, False, 0.0, -0.0, 1.5, -2.5, 1e300, float('inf'), float('nan'), 1+2j, -0j]
class op:
    add = lambda a, b: a + b
    sub = lambda a, b: a - b
    mul = lambda a, b: a * b
    truediv = lambda a, b: a / b
    floordiv = lambda a, b: a // b
    mod = lambda a, b: a % b
    pow = lambda a, b: a ** b
    lshift = lambda a, b: a << b
    rshift = lambda a, b: a >> b
    and_ = lambda a, b: a & b
    or_ = lambda a, b: a | b
    xor = lambda a, b: a ^ b
    lt = lambda a, b: a < b
    eq = lambda a, b: a == b
    ge = lambda a, b: a >= b
ops = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift, op.rshift, op.and_, op.or_, op.xor, divmod, op.lt, op.eq, op.ge]
for a in vals:
    for b in vals:
        for o in ops:
            if o is op.pow and isinstance(a, int) and isinstance(b, int) and b > 100: continue
            if o is op.lshift and isinstance(b, int) and b > 100: continue
            t(lambda: o(a, b))
for a in vals:
    t(lambda: -a); t(lambda: +a); t(lambda: abs(a)); t(lambda: ~a); t(lambda: bool(a)); t(lambda: int(a)); t(lambda: float(a)); t(lambda: complex(a)); t(lambda: str(a)); t(lambda: round(a)); t(lambda: round(a, 1)); t(lambda: round(a, -1))
    t(lambda: a.conjugate()); t(lambda: a.real); t(lambda: a.imag); t(lambda: a.__class__.__name__)
