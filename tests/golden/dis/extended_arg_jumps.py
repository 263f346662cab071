def big_branch(x):
    if x:
        y = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
             x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        return len(y)
    return 0


def unpack_many(s):
    a, *b, c = s
    first, second, *middle, y1, y2, y3, y4, y5, y6, y7, y8 = s
    return a, b, c, middle


print(big_branch(1), big_branch(0))
