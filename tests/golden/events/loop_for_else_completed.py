# for-else where the loop completes: the else body runs after BRANCH_RIGHT.
def all_positive(xs):
    for x in xs:
        if x <= 0:
            return False
    else:
        ok = True
    return ok
all_positive([1, 2])
all_positive([1, -1])
