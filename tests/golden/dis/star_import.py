"""`from m import *` at module level: CALL_INTRINSIC_1 (INTRINSIC_IMPORT_STAR)."""
from math import *
from os.path import *


def use():
    return floor(pi), basename("/a/b.txt"), sqrt(16.0)


print(use())
print(isabs("/x"), e > 2)
