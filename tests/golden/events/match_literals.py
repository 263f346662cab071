# match with literal and wildcard cases.
def f(x):
    match x:
        case 1:
            return "one"
        case "s":
            return "str"
        case _:
            return "other"
f(1)
f("s")
f(None)
