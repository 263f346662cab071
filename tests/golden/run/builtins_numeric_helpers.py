# divmod, round, abs, pow, hex/oct/bin, chr/ord, format, int/float/complex constructors.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 3))
print(round(3.14159, 3), round(-2.5), round(7), round(7, -1), round(15, -1), round(25, -1), round(2.5e-3, 3))
print(abs(-3), abs(-3.5), abs(3 + 4j), abs(True), abs(-0.0))
print(pow(2, 100), pow(2, 0.5), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(5, -2), pow(7, 2, 5), pow(0, 0))
print(hex(0), hex(4095), oct(64), bin(10), bin(-1), hex(2 ** 65))
print(format(10, "08b"), format(255, "#06x"), format(3.5, "08.3f"), format(-42, "+06d"), format(12345, ",d"), format(0.5, ".0%"))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1, "x")
except TypeError as e:
    print("TypeError:", e)
print(int("10") + float("2.5"), complex(1, 2) * 2, bool(round(0.4)), round(0.5) == 0, max(abs(-5), 3))
