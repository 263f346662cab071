# Bitwise operators and bit helpers on positive and negative ints.
for a in [0, 1, 5, -5, 255, -256, 1 << 40]:
    print(a, a & 0xF, a | 0x10, a ^ -1, ~a, a << 3, a >> 2)
print((255).bit_length(), (0).bit_length(), (-1).bit_length())
print((255).bit_count(), (-7).bit_count(), (2 ** 100 - 1).bit_count())
print(-1 >> 100, 1 >> 100, -(2 ** 100) >> 99)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
print((6).as_integer_ratio(), (-6).is_integer(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
