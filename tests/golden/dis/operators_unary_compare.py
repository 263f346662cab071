def unary(a, b):
    return -a, +a, ~a, not a, not (a and b)


def compare(a, b, c):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b,
            a < b < len(c), a is b, a is not b, a in c, a not in c,
            a is None, b is not None)


def chained(x):
    if 0 < x < 10 and x != 5 or x == 100:
        return "in"
    return "out"


print(unary(3, 0), compare(1, 2, [1, 3]), chained(3), chained(5))
