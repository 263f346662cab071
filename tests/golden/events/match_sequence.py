# match sequence patterns with length checks and star capture.
def f(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, *rest]:
            return len(rest)
f([])
f([5])
f([1, 2, 3])
