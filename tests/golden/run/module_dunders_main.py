# Attributes of the __main__ module when run as a script: __name__, __doc__, __file__, __builtins__, __spec__.
"""Module docstring of the case."""
import sys
print(__name__, __doc__, __spec__, __package__ if __package__ else repr(__package__))
print(__file__.endswith("module_dunders_main.py"), type(__builtins__).__name__)
main = sys.modules["__main__"]
print(main.__name__, main.__doc__ == __doc__, main is sys.modules[__name__])
g = globals()
print(sorted(k for k in g if k.startswith("__") and k not in ("__cached__",)))
x_global = 1
print("x_global" in g, g["x_global"], g is vars(main), locals() is g)
def f():
    return sorted(globals())[:3] == sorted(g)[:3]
print(f())
