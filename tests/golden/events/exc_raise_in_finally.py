# An exception raised inside a finally while another is in flight replaces it.
def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError:
    pass
