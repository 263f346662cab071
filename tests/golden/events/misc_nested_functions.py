# Nested function definitions and calls with nonlocal.
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc()
    return inc()
outer()
