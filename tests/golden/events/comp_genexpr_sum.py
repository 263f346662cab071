# A generator expression consumed by sum(): its own code object, PY_START/PY_YIELD/PY_RESUME, called from C.
def total(xs):
    return sum(x * x for x in xs)
total([1, 2, 3])
