import struct, math, operator, sys
def fbits(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def enc(v):
    if isinstance(v, bool): return 'b:%d' % int(v)
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:' + fbits(v)
    if isinstance(v, complex): return 'c:%s,%s' % (fbits(v.real), fbits(v.imag))
    if isinstance(v, tuple): return 't:' + ';'.join(enc(x) for x in v)
    raise TypeError(type(v))
ints = [0, 1, -1, 2, -3, 7, -7, 10, 63, 64, 100, 2**31, -2**31, 2**52+1, 2**53+1, 2**62-1, -2**62, 2**62, 2**63-1, -2**63, 2**64, -2**64-1, 3**40, -(5**30), 10**20, 2**100, -(2**100)+1]
floats = [0.0, -0.0, 0.5, -1.5, 2.0, 3.7, -7.25, 1e16, 1e-300, 1e300, float('inf'), float('-inf'), float('nan'), 9007199254740993.0, 2.0**63]
cplx = [0j, 1+2j, -3.5+0.25j, complex(0, -1), complex(1e300, 1e300), complex(-0.0, 0.0)]
bools = [True, False]
ops = [('add', operator.add), ('sub', operator.sub), ('mul', operator.mul), ('truediv', operator.truediv), ('floordiv', operator.floordiv), ('mod', operator.mod), ('pow', operator.pow), ('lshift', operator.lshift), ('rshift', operator.rshift), ('and', operator.and_), ('or', operator.or_), ('xor', operator.xor), ('divmod', divmod), ('lt', operator.lt), ('le', operator.le), ('eq', operator.eq), ('ne', operator.ne), ('gt', operator.gt), ('ge', operator.ge)]
import itertools
vals = ints + floats + cplx + bools
import warnings; warnings.simplefilter('ignore')
for a in vals:
    for b in vals:
        for name, f in ops:
            if name in ('lshift',) and isinstance(b, int) and b > 200: continue
            if name == 'pow' and isinstance(a, int) and isinstance(b, int) and b > 200 and abs(a) > 1: continue
            if name == 'pow' and isinstance(b, complex) and isinstance(a, complex) and abs(b) > 10: pass
            try:
                r = f(a, b)
                out = enc(r)
            except Exception as e:
                out = 'E:%s: %s' % (type(e).__name__, e)
            print('    {"%s", "%s", "%s", "%s"},' % (name, enc(a), enc(b), out))
