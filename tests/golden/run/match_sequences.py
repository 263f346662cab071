# match: sequence patterns with fixed length, star, nesting; str/bytes are not sequences here.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b] if a == b:
            return f"pair of equal {a}"
        case [a, b]:
            return f"two {a} {b}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first}..{last} middle={middle}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [(x, y), *_]:
            return f"first is a pair {x},{y}"
        case [*_, [inner]]:
            return f"ends with singleton {inner}"
        case _:
            return "no match"
for v in [[], [1], (2, 2), [1, 2], [1, 2, 3, 4, 5], (0, 9, 8), [(1, 2), 3, 4], [5, 6, [7]], [1, 2, 3], "ab", b"ab", range(2), iter([1])]:
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print("nested", a, b, c, d)
match (1, 2, 3):
    case (1, *rest):
        print("tuple star", rest, type(rest).__name__)
