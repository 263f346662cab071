# Arbitrary-precision integers: growth, division, conversion, comparisons.
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), f % 1000007, f // 10 ** 40)
a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a + b)
print(a - b, b - a)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b, a // -b, a % -b)
print(divmod(a, 12345678901234567890))
print(a ** 3 % (10 ** 30))
print(pow(a, b, 10 ** 20 + 39))
print(a > b, a < b, a == a + 0, a != b, -a < b)
print(a >> 100, a << 17, a & (2 ** 64 - 1), a | 1, a ^ b)
print(-a >> 3, ~a, -a & 0xffff)
print(hex(a), oct(b), bin(2 ** 70 + 1))
print(int("123456789" * 5), int("-" + "9" * 40))
print(float(2 ** 80), 2 ** 80 / 3, (2 ** 1000) / (2 ** 998))
print(abs(-a) == a, (-a).bit_length(), a.bit_length())
print((10 ** 50).to_bytes(21, "big").hex())
print(int.from_bytes(b"\x01" * 20, "little"))
print(sum(range(10 ** 6)) * 10 ** 12)
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 2 ** 63 // 7)
try:
    print(a / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
