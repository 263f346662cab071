def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
fs = [0.0, -0.0, 0.1, 1/3, 1e16, 1e-5, 5e-324, 1.7976931348623157e308, 2.0**53+1, 123456.789, -1234.5, float('inf'), float('-inf'), float('nan'), 1e22, 0.5, 2.5]
specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0f', '.3g', '10.2f', '<10', '^+12.3e', '010', ',', '_.2f', 'z.1f', '#.0e', '.,f', '.3_e', 'x', 's']
for v in fs:
    print(repr(v), str(v), v.hex() if v == v and abs(v) != float('inf') else '')
    for s in specs:
        t(lambda: format(v, s))
    t(lambda: f"{v!r:>30}")
ints = [0, 5, -5, 255, 10**20, -(2**70), True]
ispecs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', ',', '_', '_x', '+', ' ', '010', '#012_b', 'e', '.2f', '%', 'n', 's', '.2', 'z', '=^10']
for v in ints:
    for s in ispecs:
        t(lambda: format(v, s))
    t(lambda: '%d %i %x %o %e %f %g %r' % (v, v, v, v, v, v, v, v))
for s in ['12', ' -12 ', '+0x1F', '0o17', '0b1_01', '1_000', '١٢٣', 'x', '', '3.5', '0_1']:
    t(lambda: int(s)); t(lambda: int(s, 0)); t(lambda: int(s, 16)); t(lambda: float(s)); t(lambda: complex(s))
t(lambda: int('z', 36)); t(lambda: int(b'12')); t(lambda: int(bytearray(b'12'))); t(lambda: float(bytearray(b'1.5')))
t(lambda: int(x=5)); t(lambda: int('5', base=10)); t(lambda: int(base=10)); t(lambda: int(1, 2, 3))
t(lambda: float(x=1)); t(lambda: float(1, 2)); t(lambda: complex(real=1, imag=2)); t(lambda: complex(1, 2, 3)); t(lambda: bool(x=1))
class A:
    def __index__(self): return 7
class B:
    def __float__(self): return 2.5
class C:
    def __int__(self): return 3
class D:
    def __complex__(self): return 1j
class E:
    def __float__(self): return 'x'
for o in [A(), B(), C(), D(), E()]:
    t(lambda: int(o)); t(lambda: float(o)); t(lambda: complex(o)); t(lambda: round(1.2345, o) if isinstance(o, A) else None)
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % self
class MyFloat(float): pass
class MyComplex(complex): pass
m = MyInt(42)
t(lambda: m); t(lambda: m + 1); t(lambda: str(m)); t(lambda: format(m, '')); t(lambda: format(m, 'x')); t(lambda: int(m)); t(lambda: type(int(m)).__name__)
t(lambda: MyInt('ff', 16)); t(lambda: type(MyInt(3)).__name__); t(lambda: MyFloat('1.5')); t(lambda: type(MyFloat(2) * 2).__name__); t(lambda: MyComplex(1, 2)); t(lambda: type(MyComplex(1,2)).__name__)
t(lambda: MyFloat.fromhex('0x1p3')); t(lambda: type(MyFloat.fromhex('0x1p3')).__name__); t(lambda: MyInt.from_bytes(b'\x01', 'big')); t(lambda: type(MyInt.from_bytes(b'\x01', 'big')).__name__)
t(lambda: float.from_number(3)); t(lambda: float.from_number('3')); t(lambda: complex.from_number(2.5)); t(lambda: complex.from_number('1'))
t(lambda: (1).__add__(1.0)); t(lambda: (1.0).__radd__(1)); t(lambda: int.__new__(MyInt, 5)); t(lambda: bool.__new__(bool, 0))
t(lambda: int.__dict__['real'].__get__(5)); t(lambda: (5).numerator); t(lambda: (5).denominator); t(lambda: (2.5).real); t(lambda: (1+2j).imag)
t(lambda: sorted([3, 1.5, True, 2**70, -1e300]))
t(lambda: {1: 'a', 1.0: 'b', True: 'c'}); t(lambda: {0, 0.0, -0.0, False, 0j})
t(lambda: sum([0.1] * 10)); t(lambda: 10**-3); t(lambda: (-8) ** (1/3)); t(lambda: 2 ** 0.5); t(lambda: pow(3, 4, 5)); t(lambda: pow(3, -1, 7)); t(lambda: pow(2, 3, 0))
t(lambda: (12345678901234567890).bit_length()); t(lambda: (-1).to_bytes(2, 'little', signed=True)); t(lambda: (1).to_bytes()); t(lambda: int.from_bytes([1, 2], 'big'))
t(lambda: (3.7).__trunc__()); t(lambda: (3.5).__round__()); t(lambda: round(0.5)); t(lambda: round(-0.5)); t(lambda: round(1.5)); t(lambda: round(2.675, 2)); t(lambda: round(5, -1)); t(lambda: round(15, -1)); t(lambda: round(1e300, -300))
t(lambda: float.__getformat__('double')); t(lambda: (1.0).is_integer()); t(lambda: (7).is_integer())
t(lambda: 1 == 1.0 == (1+0j)); t(lambda: 2**53 + 1 == float(2**53 + 1)); t(lambda: float('nan') == float('nan')); t(lambda: 1 < 1+1j)
