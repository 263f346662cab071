# Integer arithmetic on small values: + - * / // % ** and unary ops.
vals = [0, 1, -1, 7, -7, 13, -13, 100]
for a in vals:
    for b in [1, -1, 3, -3, 5]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(-(5), +(5), ~5, ~-6, abs(-9), abs(9))
print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, 2 ** -1, 10 ** -2)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 7), pow(38, -1, 97))
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(True + True, True * 10, False - 1, int(True))
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x |= 0b101; print(x)
x &= 0b1110; print(x)
x ^= 0xff; print(x)
