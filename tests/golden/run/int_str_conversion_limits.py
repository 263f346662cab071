# int <-> str conversion of large numbers and the 4300-digit limit (sys.set_int_max_str_digits).
import sys
big = 10 ** 4000
print(len(str(big)), str(big)[:5], str(big)[-3:])
huge = 10 ** 5000
try:
    str(huge)
except ValueError as e:
    print("ValueError:", str(e)[:60])
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(huge)), int("7" * 5000) % 1000)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 10000)))
print(hex(huge)[:10], len(hex(huge)), int("f" * 5000, 16).bit_length())
