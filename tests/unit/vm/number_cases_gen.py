import struct, math, random, sys
random.seed(12345)
def bits(x): return '0x%016xULL' % struct.unpack('<Q', struct.pack('<d', x))[0]
def cstr(s):
    out = '"'
    for ch in s:
        o = ord(ch)
        if ch in '"\\': out += '\\' + ch
        elif 32 <= o < 127: out += ch
        else: out += ''.join('\\x%02x' % b for b in ch.encode('utf-8')) + '""'
    return out + '"'
floats = [0.0, -0.0, 0.1, 0.2, 0.3, 1/3, 2/3, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.0001, 0.00012345, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, float(2**53+1), float(2**53), 2.0**63, 2.0**64, 123456789.0, 1.5, -2.5, 100.0, 1e22, 1e23, 1.0, -1.0, 12345.678, 3.141592653589793, 2.718281828459045, 1e300, 1e-300, 0.5, 0.25, 0.125, 0.375, 2.675, 1.005, 1234567.891, 0.999999, 9.9999999, 99.99, 0.05, 123.456e-10, float('inf'), float('-inf'), float('nan')]
for _ in range(120):
    e = random.randint(-30, 30)
    floats.append(random.uniform(-1, 1) * 10.0**e)
for _ in range(40):
    floats.append(struct.unpack('<d', struct.pack('<Q', random.getrandbits(63)))[0])
floats = [f for f in floats if not (math.isnan(f) and f is not floats[-1])]
mode = sys.argv[1]
if mode == 'repr':
    for f in floats:
        print('    {%s, %s},' % (bits(f), cstr(repr(f))))
elif mode == 'ffmt':
    specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', '%', '.0f', '.1f', '.2f', '.3e', '.0e', '.10g', '.17g', '.1g', '.3', '.12', '#g', '#.0f', '#.0e', '#', '+', ' ', '+.2f', '10', '<10', '^12.3f', '=+12.2e', '012.3f', '015,.2f', ',', ',.2f', '_.3f', '_', 'z', 'z.1f', 'z.0f', '*^20,.3e', 'x<15', '.25f', '.20e', '.30g', 'n', '.5n', '010', '-012', ' 012.1f', '#.3g', '.0', '.0%', '.1%', '016_.4%', '.,f', '.3,e', '.4_g', '020,.4_f', '.10_']
    sel = [f for f in floats if not math.isnan(f)][:70] + [float('nan')]
    for f in sel:
        for s in specs:
            try:
                r = format(f, s)
            except Exception as e:
                continue
            print('    {%s, %s, %s},' % (bits(f), cstr(s), cstr(r)))
elif mode == 'ifmt':
    ints = [0, 1, -1, 7, -7, 42, 255, -255, 1000, -1234567, 123456789, 2**31, 2**62-1, -2**62, 2**63, -2**63-5, 2**64+1, 10**20, -(10**25)+3, 3**50, 65, 0x10ffff, 1114111]
    specs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '+d', ' d', '10', '<10', '^10', '=10', '010', '+010', '#010x', '#010X', ',', '_', '_b', '_x', '#_x', '020,', '015_', 'n', '*>+15,', 'c', '5c', '^5c', 'e', '.3e', 'f', '.2f', 'g', '%', '.1%', '016,.2f', 'E', 'G', '-^20_']
    for v in ints:
        for s in specs:
            try:
                r = format(v, s)
            except Exception as e:
                continue
            if '\0' in r: continue  # NUL ends a C string
            print('    {%s, %s, %s},' % (cstr(str(v)), cstr(s), cstr(r)))
elif mode == 'cfmt':
    cs = [0j, -0j, complex(-0.0, -0.0), 1j, -1j, 1+2j, -1.5-2.5j, complex(1e20, -1e-20), complex(float('inf'), float('nan')), complex(float('nan'), float('inf')), complex(0.0, -0.0), complex(-0.0, 0.0), complex(1, 0), 3.14159+2.71828j]
    specs = ['', 'e', 'f', 'g', '.2f', '.3', '+', '>30', '<30.2e', '^30', 'z.1f', ',.2f', '.,f', 'n', 'G', '#g', '-', ' ', '#']
    for c in cs:
        print('    {%s, %s, %s, %s},' % (bits(c.real), bits(c.imag), cstr(''), cstr(repr(c))))
        for s in specs:
            try: r = format(c, s)
            except Exception: continue
            print('    {%s, %s, %s, %s},' % (bits(c.real), bits(c.imag), cstr(s), cstr(r)))
elif mode == 'hash':
    for f in floats:
        if math.isnan(f): continue
        print('    {%s, %dLL},' % (bits(f), hash(f)))
elif mode == 'ihash':
    ints = [0, 1, -1, -2, 2**61-2, 2**61-1, 2**61, -(2**61-1), -(2**61), 2**62-1, -2**62, 2**63-1, -2**63, 12345678901234567, -987654321987654321]
    for v in ints:
        print('    {%dLL, %dLL},' % (v, hash(v)))
elif mode == 'cmp':
    ints = [0, 1, -1, 2**53, 2**53+1, -(2**53+1), 2**62-1, 2**63-1, -2**63, 2**63, 2**64, 10**20, -10**20, 10**300, 2**1024, 3]
    fl = [0.0, -0.0, 0.5, 1.0, -1.0, 2.0**53, 2.0**53+2, 9007199254740993.0, 2.0**63, -2.0**63, 2.0**64, 1e20, -1e20, 1e300, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 3.0000000000000004, 2.9999999999999996, 1e19+0.0]
    for i in ints:
        for f in fl:
            c = 2 if math.isnan(f) else (f > i) - (f < i)
            print('    {%s, %s, %d},' % (bits(f), cstr(str(i)), c))
elif mode == 'divmod':
    vals = [7.0, -7.0, 7.5, -7.5, 0.0, -0.0, 1e300, 1e-300, 3.0, -3.0, 0.1, 1e16+1, float('inf'), 2.5]
    for a in vals:
        for b in vals:
            if b == 0: continue
            q, m = divmod(a, b)
            print('    {%s, %s, %s, %s},' % (bits(a), bits(b), bits(q), bits(m)))
elif mode == 'round':
    vals = [2.5, 3.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1234.5678, -1234.5678, 1e300, 1.7e308, 5e-324, 0.5, 1.5, 12345678901234567890.0, 0.1, 1e-10, 123.456, 15.0, 25.0, 1250.0, 1350.0, -1250.0]
    for v in vals:
        for nd in [0, 1, 2, 3, 5, 10, 17, 20, 300, 323, -1, -2, -3, -5, -10, -20, -100, -300, -308]:
            try: r = round(v, nd)
            except OverflowError: r = None
            if r is None: print('    {%s, %d, 0, true},' % (bits(v), nd))
            else: print('    {%s, %d, %s, false},' % (bits(v), nd, bits(r)))
elif mode == 'parse':
    ss = ['0', '1', '-1', '+1.5', '  3.25  ', '1_000.5', '1__0', '_1', '1_', '1e5', '1E-5', '1e', 'e5', '.5', '5.', '.', '-.5e-3', 'inf', '-inf', '+Infinity', 'iNfInItY', 'nan', '-NaN', 'infinit', 'nan1', '0x10', '1e500', '-1e500', '1e-400', '2.4703282292062328e-324', '2.4703282292062327e-324', '1.7976931348623157e308', '1.7976931348623159e308', '0.1', '123456789012345678901234567890', '1_2.3_4e1_0', '1.5j', '', '   ', '\t\n1\x0b\x0c', '1 2', '--1', '+-1', '1e+', '00012', '0.000000000000000000000000001']
    for s in ss:
        try:
            v = float(s); print('    {%s, true, %s},' % (cstr(s), bits(v)))
        except ValueError:
            print('    {%s, false, 0},' % cstr(s))
