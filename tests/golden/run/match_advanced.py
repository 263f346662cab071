# match: guards with side effects, capture of subject parts, or-patterns binding the same names, nested classes, match on tuples of values.
def traffic(light, seconds):
    match (light, seconds):
        case ("red", s) if s > 30:
            return "red, long"
        case ("red" | "amber", _):
            return "stop"
        case ("green", 0):
            return "green, just changed"
        case ("green", s) | ("flashing", s):
            return f"go ({s}s)"
        case (str(other), _):
            return f"unknown light {other}"
        case _:
            return "malformed"
for args in [("red", 40), ("red", 5), ("amber", 1), ("green", 0), ("green", 9), ("flashing", 3), ("blue", 1), (1, 2)]:
    print(args, "->", traffic(*args))
checked = []
def guard(x):
    checked.append(x)
    return x > 2
for v in [1, 3]:
    match v:
        case int(n) if guard(n):
            print("guarded big", n)
        case int(n):
            print("small", n)
print(checked)
def cmd(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"
for t in ["go north", "go up", "take lamp key", "take", "exit", "", "dance now"]:
    print(repr(t), "->", cmd(t))
match {"a": 1, "b": [1, 2, {"c": 3}]}:
    case {"b": [_, _, {"c": c}], "a": a}:
        print("deep", a, c)
