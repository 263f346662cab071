# The first matching except clause wins; handlers with tuples and base classes; exception in else/handler.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-specific {type(e).__name__}"
    except LookupError:
        return "lookup-general"
    except ArithmeticError as e:
        return f"arith {type(e).__name__}"
    except Exception:
        return "exception"
    except BaseException as e:
        return f"base {type(e).__name__}"
for exc in [KeyError(), IndexError(), UnicodeDecodeError("utf-8", b"", 0, 1, "x"), LookupError(), ZeroDivisionError(), OverflowError(), ValueError(), KeyboardInterrupt(), GeneratorExit()]:
    print(type(exc).__name__, "->", classify(exc))
def in_else():
    try:
        pass
    except ValueError:
        return "handler"
    else:
        raise ValueError("from else")
try:
    in_else()
except ValueError as e:
    print("else raised", e)
def in_handler():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")
    except ValueError:
        return "never reached: sibling handlers don't catch"
try:
    in_handler()
except ValueError as e:
    print("handler raised", e, "context", repr(e.__context__))
excs = (TypeError, ValueError)
try:
    int("z")
except excs as e:
    print("tuple variable", type(e).__name__)
