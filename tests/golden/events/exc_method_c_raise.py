# A C method raising (list.index, dict lookup via method) handled by the caller.
def find(xs, v):
    try:
        return xs.index(v)
    except ValueError:
        return -1
find([1, 2], 2)
find([1, 2], 3)
