print(1 + 2, 2**100, 7 // -2, -7 % 3, 1/3, 0.1 + 0.2)
print(repr(1e16), 1e-5, -0.0, float('inf'), 2.5 == 5/2)
print(f"{1234567:,} {3.14159:.2f} {255:#x} {0.5:%} {1+2j}")
x = 10**20
print(x, hash(2**70) == hash(float(2**70)), int('  42 '), float('1_0.5'))
print(divmod(-7, 2), divmod(7.5, -2), round(2.675, 2), round(1250, -2))
print(True + True, True & False, complex('1+2j') * 2)
try:
    1 / 0
except ZeroDivisionError as e:
    print('err', e)
print((255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(format(1234.5678, '020,.4_f'), (1.5).hex(), float.fromhex('0x1.8p1'))
print(max(3, 4.5), abs(-3), abs(-2.5), pow(2, -1, 5))
class MyInt(int):
    pass
m = MyInt(5)
print(m, m + 1, type(m + 1).__name__, isinstance(m, int))
class F(float): pass
print(F(2.5), F('1e3') * 2)
