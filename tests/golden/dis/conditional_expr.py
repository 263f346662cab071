def pick(a, b, flag):
    x = a if flag else b
    y = (a if a > b else b) if flag else None
    z = [v if v else -v for v in (a, b)]
    return x, y, z


def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


print(pick(1, 2, True), pick(3, -4, False), sign(-1), sign(0), sign(5))
