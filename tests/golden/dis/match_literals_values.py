import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


def classify(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | -1:
            return "small"
        case 1.5:
            return "float"
        case "a" | b"b":
            return "text"
        case Color.RED:
            return "red"
        case -2 + 3j:
            return "complex"
        case other:
            return f"other {other!r}"


for v in (None, True, 0, -1, 1.5, "a", b"b", Color.RED, -2 + 3j, Color.GREEN):
    print(classify(v))
