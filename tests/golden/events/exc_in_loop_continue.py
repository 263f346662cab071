# Exceptions handled inside a loop body, with continue in the handler.
def f(xs):
    out = []
    for x in xs:
        try:
            out.append(10 // x)
        except ZeroDivisionError:
            continue
    return out
f([1, 0, 2])
