def empty():
    pass


def only_doc():
    """Docstring only."""


def pass_in_branches(x):
    if x:
        pass
    else:
        pass
    while x:
        x -= 1
        pass
    for _ in ():
        pass
    try:
        pass
    except Exception:
        pass
    return x


def multi_line_expr(a,
                    b):
    return (a
            +
            b)


print(empty(), only_doc(), pass_in_branches(2), multi_line_expr(1, 2))
