# Three-level implicit chaining: each handler raises a new exception; all three tracebacks are printed.
def a():
    raise KeyError("first")
def b():
    try:
        a()
    except KeyError:
        raise ValueError("second")
def c():
    try:
        b()
    except ValueError:
        raise RuntimeError("third")
c()
