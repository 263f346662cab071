# match: literal, capture, wildcard, value (dotted), or-patterns, guards, as-patterns.
class Color:
    RED = "red"
    GREEN = "green"
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case True:
            return "true!"
        case None:
            return "none"
        case Color.RED:
            return "the color red"
        case int(n) if n > 100:
            return f"big {n}"
        case str() as s if len(s) > 5:
            return f"long string {s}"
        case (1 | 2) as small_in_tuple:
            return "unreachable"
        case other:
            return f"other {other!r}"
for v in [0, 2, -1, 1.5, "hello", b"raw", True, None, "red", 1000, "abcdefg", "abc", 7, 1.0, False]:
    print(repr(v), "->", describe(v))
match 5:
    case _:
        print("wildcard always matches")
