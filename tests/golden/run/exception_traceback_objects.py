# Traceback objects: tb_lineno, tb_next chain, frame names; with_traceback; e.__traceback__ after re-raise.
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
try:
    try:
        inner()
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next)
e = RuntimeError("no tb")
print(e.__traceback__)
try:
    raise e
except RuntimeError as caught:
    print(caught is e, caught.__traceback__.tb_lineno)
import sys
def frames():
    f = sys._getframe()
    out = []
    while f:
        out.append(f.f_code.co_name)
        if f.f_code.co_name == "<module>":
            break
        f = f.f_back
    return out
def level():
    return frames()
print(level())
