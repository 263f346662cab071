# A suspended generator dropped by rebinding its only reference is closed at once.
def gen():
    try:
        yield 1
    finally:
        x = "closing"
g = gen()
next(g)
g = None
after = 1
