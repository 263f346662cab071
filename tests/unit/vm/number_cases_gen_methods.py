import struct, math
def fb(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def enc(v):
    if v is None: return 'n'
    if isinstance(v, bool): return 'b:%d' % int(v)
    if isinstance(v, int): return 'i:%d' % v
    if isinstance(v, float): return 'f:' + fb(v)
    if isinstance(v, complex): return 'c:%s,%s' % (fb(v.real), fb(v.imag))
    if isinstance(v, str): return 's:' + v.encode('utf-8').hex()
    if isinstance(v, bytes): return 'y:' + v.hex()
    raise TypeError(v)
def cq(s): return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
cases = []
def add(fn, *args):
    cases.append((fn, args))
inf, nan = float('inf'), float('nan')
# constructors
for a in ['0', '  12_3 ', '-0x10', '0x10', '0b101', '0o17', '017', '1_000_000', '1__0', '_1', '١٢٣', ' \u3000 42 ', 'abc', '', ' ', '+7', '-', '9'*30, '1.5', 'x'*300]:
    add('int', a)
for a, b in [('0x10', 0), ('10', 16), ('z', 36), ('Z', 36), ('12', 1), ('12', 37), ('017', 0), ('0', 0), ('00', 0), ('0b102', 0), ('1_0', 2), ('777', 8), ('12', -1)]:
    add('int', a, b)
for a in [3.9, -3.9, 1e20, -0.0, inf, nan, 2.5, 1e308, True, None, 7, b'42', b' 7 ', b'x', 1+2j]:
    add('int', a)
add('int', 1.5, 10); add('int', b'ff', 16)
for a in ['1.5', ' -2.25e3 ', '1_0.5', '1__0', 'inf', '-Infinity', 'nan', '-nan', '1e500', 'x', '', '١٢.٥', '0x10', '1e', '.5', '5.', '+.5e-3', 'infinit', '1 2', '\u2003 3.5 ']:
    add('float', a)
for a in [3, -(2**70), 2**1024, True, None, b'1.5', b'x', 1+2j]:
    add('float', a)
for a in ['1+2j', ' ( 1.5-2j ) ', 'j', '-j', '+j', '1e3j', '1e3J', 'inf+nanj', '1+j', '1-j', '(1', '1+2j)', 'abc', '', '1_0+2_0j', '1__0j', '2', '-2.5', ' 3j ', '1+2', 'nanj', '1+-2j']:
    add('complex', a)
for a in [(1, 2), (1.5, -0.0), (-0.0, 0.0), (1+2j, 1j), (1, '2'), ('1', 2), (None,), (3,), (2.5,), (True, False), (1+2j,)]:
    add('complex', *a)
for a in [0, 1, 2, -1, 0.0, 0.5, '', 'x', None, 0j, 1j]:
    add('bool', a)
# int methods
for v in [0, 1, -1, 255, -256, 2**64, -(2**100)]:
    for m in ['bit_length', 'bit_count', 'as_integer_ratio', 'is_integer', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__round__', '__index__', '__int__', '__float__', '__abs__', '__neg__', '__invert__', '__bool__', '__hash__', '__repr__', '__getnewargs__', '__sizeof__']:
        add('m:' + m, v)
for v, nd in [(1250, -2), (1350, -2), (-1250, -2), (15, -1), (25, -1), (-15, -1), (123456, -10), (5, -1), (7, 3), (2**70 + 2**69, -20), (10**30 + 5*10**9, -10), (7, None), (7, 1.5)]:
    add('m:__round__', v, nd)
for v, ln, bo, sg in [(1024, 2, 'big', False), (1024, 2, 'little', False), (-1, 1, 'big', True), (-1, 1, 'big', False), (256, 1, 'big', False), (1, 1, 'middle', False), (1, -1, 'big', False), (127, 1, 'big', True), (128, 1, 'big', True), (-129, 1, 'big', True), (0, 0, 'big', False), (2**64, 9, 'little', False)]:
    add('m:to_bytes', v, ln, bo, sg)
for b, bo, sg in [(b'\x04\x00', 'big', False), (b'\x04\x00', 'little', False), (b'\xff', 'big', True), (b'\xff', 'little', False), (b'', 'big', True), (b'\x00\x80', 'big', True), (b'\x01', 'middle', False)]:
    add('c:int.from_bytes', b, bo, sg)
for v in [0, 1, 255, -255, 10**20, True]:
    for spec in ['', 'd', 'x', '#X', ',', '_b', 'c', 'e', '.2%', '>10', 'z', '.2', 'y', ',c', 'n']:
        add('m:__format__', v, spec)
# float methods
for v in [0.0, -0.0, 1.5, -2.5, 3.0, 1e300, 5e-324, 0.1, -1e-7, inf, -inf, nan, 2.0**63, 123.456]:
    for m in ['as_integer_ratio', 'is_integer', 'hex', 'conjugate', '__trunc__', '__floor__', '__ceil__', '__round__', '__int__', '__float__', '__abs__', '__neg__', '__pos__', '__bool__', '__repr__', '__getnewargs__']:
        add('m:' + m, v)
    for nd in [0, 1, 2, -1, -2, 400, -400, None]:
        add('m:__round__', v, nd)
for s in ['0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x3p-1076', '0X1.FFFFFFFFFFFFFP+1023', '0x1.fffffffffffff8p1023', '0x1p1024', 'inf', '-Infinity', 'nan', ' 0x1p0 ', '1', '1.', '.8', '0x.8p1', 'zz', '0x', '0xp1', '0x1p', '0x1.0000000000000800001p0', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x123456789abcdefp-10', '0x0.0000000000001p-1022', '-0x0p0']:
    add('c:float.fromhex', s)
for s in ['double', 'float', 'x']:
    add('c:float.__getformat__', s)
for v in [1.0, -0.0, 1234.5678, 1e16, nan, -inf, 0.000012345]:
    for spec in ['', 'g', '.3', 'e', '+.2f', '010.2f', ',.2f', 'z.1f', '%', 'c', 'd', '.,f', '^12', '#.0f', 'n']:
        add('m:__format__', v, spec)
# complex
for v in [1+2j, -0j, complex(-0.0, -0.0), 1j, complex(nan, inf), complex(1e300, 1e300), 3-4j]:
    for m in ['conjugate', '__abs__', '__neg__', '__pos__', '__bool__', '__repr__', '__hash__', '__complex__', '__getnewargs__']:
        add('m:' + m, v)
    for spec in ['', 'g', '.2f', '>20', '=', '05', '+', ',.1f', 'z.1f', '%', 'd', '^20.3e']:
        add('m:__format__', v, spec)
for fn, args in cases:
    if fn in ('int', 'float', 'complex', 'bool'):
        f = {'int': int, 'float': float, 'complex': complex, 'bool': bool}[fn]
        call = lambda: f(*args)
    elif fn.startswith('m:'):
        name = fn[2:]
        call = lambda: getattr(args[0], name)(*args[1:])
    else:
        t, name = fn[2:].split('.')
        call = lambda: getattr({'int': int, 'float': float}[t], name)(*args)
    try:
        r = call()
        if isinstance(r, tuple): out = 't:' + ';'.join(enc(x) for x in r)
        elif isinstance(r, str): out = 's:' + r
        elif isinstance(r, bytes): out = 'y:' + r.hex()
        else: out = enc(r)
    except Exception as e:
        out = 'E:%s: %s' % (type(e).__name__, e)
    print('    {%s, {%s}, %s},' % (cq(fn), ', '.join(cq(enc(a)) for a in args), cq(out)))
