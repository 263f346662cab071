# match or-patterns with as-captures and guards.
def f(cmd):
    match cmd:
        case ("go" | "move") as verb if verb == "go":
            return 1
        case "go" | "move":
            return 2
        case str(s) if s.startswith("x"):
            return 3
    return 0
f("go")
f("move")
f("xyz")
f("q")
