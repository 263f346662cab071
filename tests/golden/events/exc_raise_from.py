# raise ... from ...: the new exception's events; the cause is not an event.
def f():
    try:
        {}["x"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
try:
    f()
except RuntimeError:
    pass
