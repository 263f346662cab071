# match mapping patterns with **rest and a guard.
def f(d):
    match d:
        case {"k": v, **rest} if v > 0:
            return rest
        case {"k": _}:
            return "nonpositive"
        case _:
            return None
f({"k": 1, "z": 2})
f({"k": -1})
f({})
