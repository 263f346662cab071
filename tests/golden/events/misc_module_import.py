# Importing modules: no events for code in other files, CALL events for functions called from them.
import math
import _helper_mod
def f():
    return math.sqrt(16) + _helper_mod.double(2)
f()
