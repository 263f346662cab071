def describe(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y, *rest]:
            return f"many {x} {y} {rest}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} {extra}"
        case {"id": 1 | 2 as ident}:
            return f"id {ident}"
        case (1, 2) | (3, 4):
            return "pair"
        case _:
            return "other"


for v in ([], [1], [1, 2, 3, 4], {"type": "user", "name": "a", "k": 1}, {"id": 2}, (3, 4), 5):
    print(describe(v))
