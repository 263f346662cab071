# An uncaught exception from inside a generator used by a for loop at module level.
def gen():
    yield 1
    raise KeyError("gen failed")
for v in gen():
    pass
