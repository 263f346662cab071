# A generator expression abandoned by any(): closed when dropped.
def has_big(xs):
    return any(x > 1 for x in xs)
has_big([0, 5, 9])
