# list(gen) drives a generator from C: PY_START/PY_YIELD inside the CALL of list.
def gen():
    yield 1
    yield 2
list(gen())
