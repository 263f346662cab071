# Exception hierarchy: catching by base class, tuples of types, args, str/repr, custom exceptions.
checks = [ZeroDivisionError, KeyError, IndexError, ValueError, UnicodeDecodeError, FileNotFoundError, RecursionError,
          StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, NotImplementedError, ModuleNotFoundError, TimeoutError]
for exc in checks:
    print(exc.__name__, [b.__name__ for b in exc.__mro__[1:]])
def raiser(kind):
    if kind == 0: 1 / 0
    if kind == 1: {}["k"]
    if kind == 2: [][1]
    if kind == 3: int("x")
    if kind == 4: undefined_name
    if kind == 5: None.attr
    if kind == 6: raise OSError(99999, "No such file")
for k in range(7):
    try:
        raiser(k)
    except (LookupError, ArithmeticError) as e:
        print("lookup/arith", type(e).__name__, e.args)
    except Exception as e:
        print("other", type(e).__name__, str(e))
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
class Sub(AppError):
    pass
try:
    raise Sub(404, "not found")
except AppError as e:
    print(type(e).__name__, e.code, e.args, str(e), repr(e))
print(repr(ValueError()), str(ValueError()), repr(ValueError("a")), str(ValueError("a", 1)), repr(KeyError("k")), str(KeyError("k")))
e = OSError(99999, "msg", "file.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__)
print(type(OSError(99999, "x")).__name__, issubclass(IOError, OSError), IOError is OSError, EnvironmentError is OSError)
print(StopIteration(5).value, SystemExit(3).code, KeyError().args, BaseException("x").with_traceback(None).args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
class NotExc:
    pass
try:
    try:
        raise ValueError
    except NotExc:
        pass
except TypeError as e:
    print("TypeError:", e)
