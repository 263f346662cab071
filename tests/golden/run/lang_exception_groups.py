# Exception groups and except*, notes, chaining, try/finally interplay, exception attributes.
def fail(kind):
    raise kind("boom")
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    print("values:", repr(eg), eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others:", [type(e).__name__ for e in eg.exceptions], eg.message)
try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as rest:
    print("left:", repr(rest))
    print(rest.split(OSError)[0], rest.subgroup(lambda e: isinstance(e, ValueError)))
eg = BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
print(type(eg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second")
print(e.__notes__)
try:
    try:
        fail(KeyError)
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as r:
    print(repr(r.__cause__), r.__suppress_context__, repr(r.__context__))
try:
    try:
        fail(ValueError)
    except ValueError:
        raise TypeError("during")
except TypeError as t:
    print(repr(t.__context__), t.__cause__)
def finally_order():
    log = []
    for i in range(3):
        try:
            if i == 1:
                continue
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    return log
print(finally_order())
def nested_return():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_return())
def swallow():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        err = exc
    try:
        exc
    except NameError as ne:
        print("NameError:", ne)
    return type(err).__name__
print(swallow())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except Exception as e:
    print(e, e.code, e.args, repr(e))
try:
    raise ExceptionGroup("g", [MyErr(1), MyErr(2)])
except* MyErr as g:
    print(sorted(x.code for x in g.exceptions))
