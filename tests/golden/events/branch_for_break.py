# for loop left by break: no BRANCH_RIGHT from FOR_ITER; for-else skipped.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return i
find([4, 5, 6], 5)
find([1], 9)
