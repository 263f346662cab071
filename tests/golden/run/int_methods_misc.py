# int methods and properties: to_bytes/from_bytes round trips, as_integer_ratio, is_integer, numerator, __index__, int subclass ops.
for n in [0, 1, 255, 256, -1, -129, 2 ** 64]:
    length = (n.bit_length() + 8) // 8
    raw = n.to_bytes(length, "little", signed=True)
    print(n, raw.hex(), int.from_bytes(raw, "little", signed=True) == n)
print((10).as_integer_ratio(), (7).is_integer(), (5).numerator, (5).denominator, (5).__index__(), int.__index__(6))
print((3).__add__(4), (3).__radd__(4), (3).__sub__(1.0), (3).__truediv__(2), (3).__floordiv__(2), (3).__pow__(2, 5))
print(int.bit_count(255), int.bit_length(1024), (-255).bit_count(), int("1" * 30, 2) == 2 ** 30 - 1)
print(sum(range(1, 101)), sum(i * i for i in range(1, 11)), max(range(10), key=lambda i: (i * 7) % 10))
print(int.from_bytes(b"\x00\x10", byteorder="big"), (4096).to_bytes(2, byteorder="big"), (1).to_bytes(), int.from_bytes(b"\x05"))
print(True.bit_length(), True.to_bytes(1, "big"), (0).bit_length(), (-(2 ** 70)).bit_length())
