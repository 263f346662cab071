# Short-circuit and/or in conditions and values: JUMP_IF_* branches.
def check(a, b, c):
    if a and b or c:
        r = "yes"
    else:
        r = "no"
    return r, a or b, a and c
check(1, 0, 0)
check(0, 1, 1)
check(1, 1, 0)
