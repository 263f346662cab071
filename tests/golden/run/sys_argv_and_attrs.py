# sys attributes that are deterministic: argv, version_info, byteorder-independent facts, exc_info.
import sys
print(len(sys.argv), sys.argv[0].endswith("sys_argv_and_attrs.py"))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 14))
print(sys.implementation.name if False else "impl", type(sys.path).__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
print(sys.stdout is not None, sys.stderr is not None, hasattr(sys.stdin, "readline"))
print(sys.float_info.mant_dig, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0)
print(callable(sys.getrecursionlimit), sys.__name__, __name__, sys.flags.optimize)
sys.stdout.write("written directly\n")
sys.stderr.write("to stderr\n")
print("end", file=sys.stdout)
