# int() from strings in various bases, and its errors.
print(int("42"), int("  -17  "), int("+8"), int("1_000_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("zz", 36), int("-101", 2))
print(int(3.99), int(-3.99), int(True), int("٣"))
print(int(b"12"), int(bytearray(b"-7")))
for s, base in [("12a", 10), ("", 10), ("0x", 16), ("1__0", 10), ("9", 8), ("08", 0), ("1.5", 10), ("abc", 37)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError:", e)
for bad in [None, [1], 1 + 2j]:
    try:
        int(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(int("  0b1010  ", 0), int("0B11", 0), int("0O7", 0), int("0X1f", 0))
