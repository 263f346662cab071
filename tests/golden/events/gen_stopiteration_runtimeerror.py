# StopIteration raised inside a generator body becomes RuntimeError (PEP 479).
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError:
    pass
