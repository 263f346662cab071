def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ':', e)
t(lambda: round(1.5, 10**30)); t(lambda: round(1.5, -10**30)); t(lambda: round(15, -10**30)); t(lambda: round(15, 10**30)); t(lambda: round(1.5, 'x')); t(lambda: round(2, 1.0))
t(lambda: (1).to_bytes(10**30, 'big')); t(lambda: (5).to_bytes(byteorder='little', length=2)); t(lambda: (5).to_bytes(2, 'big', True)); t(lambda: int.from_bytes(b'\x01', byteorder='big', signed=True))
t(lambda: (5).to_bytes(2, byteorder=3)); t(lambda: int.from_bytes(3)); t(lambda: float.fromhex(3)); t(lambda: (1.0).__format__(3)); t(lambda: (1).__format__(None))
t(lambda: int('1', base=2**100)); t(lambda: int('1', base=1.5)); t(lambda: 1 << 2**100); t(lambda: 0 << 2**100); t(lambda: 5 >> 2**100); t(lambda: -5 >> 2**100); t(lambda: 1 << -2**100)
t(lambda: pow(2, 2**100, 2**61 - 1)); t(lambda: pow(3, -2**70, 7)); t(lambda: pow(0, -1, 5)); t(lambda: pow(2, 5, -7)); t(lambda: pow(-2, 5, 7)); t(lambda: pow(2, 0, 1)); t(lambda: pow(2, 0, -1))
t(lambda: 1.5 ** 2**100); t(lambda: 0.5 ** 2**100); t(lambda: (-1.0) ** 2**100); t(lambda: (-1) ** 2**100); t(lambda: 2 ** -2**100)
