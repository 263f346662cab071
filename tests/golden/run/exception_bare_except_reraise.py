# Bare except, bare raise re-raising the current exception, raise in nested handlers, exception variable scope.
def risky(n):
    if n == 1:
        raise KeyError(n)
    if n == 2:
        raise SystemExit(2)
    return n
for n in range(3):
    try:
        risky(n)
        print("ok", n)
    except:
        import sys
        print("bare except caught", type(sys.exc_info()[1]).__name__)
def wrapper():
    try:
        risky(1)
    except KeyError:
        print("logging, then re-raising")
        raise
try:
    wrapper()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
except ValueError as e:
    print("bare raise after inner handler re-raises", repr(e))
def handler_returns():
    try:
        1 / 0
    except ZeroDivisionError:
        return "handled"
    finally:
        print("finally after return")
print(handler_returns())
