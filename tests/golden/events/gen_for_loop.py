# A generator consumed by a for loop: PY_RETURN at exhaustion, no STOP_ITERATION.
def gen(n):
    for i in range(n):
        yield i
    return "done"
for v in gen(2):
    pass
