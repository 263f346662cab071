def shortcircuit(a, b, c):
    x = a and b
    y = a or b
    z = a and b or c
    w = not a or (b and not c)
    if a and (b or c):
        r = 1
    elif not a and not b:
        r = 2
    else:
        r = 3
    return x, y, z, w, r, (a if b else c)


def none_checks(v):
    if v is None:
        return "none"
    if v is not None and v:
        return "truthy"
    return "falsy"


print(shortcircuit(1, 0, 2), none_checks(None), none_checks(0), none_checks([1]))
