# float repr is the shortest round-trip string; round() uses banker's rounding.
for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234, 1e22, 1e23, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x))
print(-0.0, 0.0 == -0.0, 1.0, 100.0, 1e100, -2.5e-7)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(123.456, -2), round(0.125, 2), round(0.375, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0))
print(float("1.5"), float(" -2.25 "), float("1e3"), float("1_000.5"), float(7), float("  .5"), float("5."))
print(int(2.9), int(-2.9), (2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer())
print((0.1).hex(), float.fromhex("0x1.8p1"), (1.0).hex(), (-0.0).hex())
print(1.0 == 1, 0.1 + 0.2 == 0.3, 2.0 ** 0.5, 10 ** -1, 2 ** 0.5)
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, divmod(7.5, -2))
print(float.__name__, (1.5).real, (1.5).imag, (1.5).conjugate())
for s in ["abc", "", "1e", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
print(2.0 ** 1000, 2.0 ** -1000, (2.0 ** 512) * (2.0 ** 500))
try:
    (-8.0) ** (1 / 3)
    print("complex result", type((-8.0) ** (1 / 3)).__name__)
except ValueError as e:
    print("ValueError:", e)
