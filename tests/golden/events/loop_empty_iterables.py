# Loops over empty iterables: FOR_ITER exits at once (BRANCH_RIGHT only).
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s
total([])
total(())
total(range(0))
total([7])
