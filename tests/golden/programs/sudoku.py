"""Sudoku solver with constraint propagation and backtracking."""

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITLIST = ([cross(ROWS, c) for c in COLS] +
            [cross(r, COLS) for r in ROWS] +
            [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITLIST if s in u] for s in SQUARES}
PEERS = {s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES}

stats = {"assign": 0, "search": 0, "contradiction": 0}


def parse_grid(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, d in grid_values(grid).items():
        if d in DIGITS and not assign(values, s, d):
            return False
    return values


def grid_values(grid):
    chars = [c for c in grid if c in DIGITS or c in "0."]
    assert len(chars) == 81, len(chars)
    return dict(zip(SQUARES, chars))


def assign(values, s, d):
    stats["assign"] += 1
    other = values[s].replace(d, "")
    if all(eliminate(values, s, d2) for d2 in other):
        return values
    return False


def eliminate(values, s, d):
    if d not in values[s]:
        return values
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        stats["contradiction"] += 1
        return False
    elif len(values[s]) == 1:
        d2 = values[s]
        if not all(eliminate(values, s2, d2) for s2 in PEERS[s]):
            return False
    for u in UNITS[s]:
        dplaces = [s for s in u if d in values[s]]
        if len(dplaces) == 0:
            stats["contradiction"] += 1
            return False
        elif len(dplaces) == 1:
            if not assign(values, dplaces[0], d):
                return False
    return values


def search(values):
    stats["search"] += 1
    if values is False:
        return False
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        result = search(assign(values.copy(), s, d))
        if result:
            return result
    return False


def display(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    for r in ROWS:
        print("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS))
        if r in "CF":
            print(line)


def check(values):
    return all(sorted(values[s] for s in u) == list(DIGITS) for u in UNITLIST)


puzzles = [
    "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
]
for p in puzzles:
    for k in stats:
        stats[k] = 0
    sol = search(parse_grid(p))
    display(sol)
    print("valid:", check(sol), dict(sorted(stats.items())))
    print()
print(len(SQUARES), len(UNITLIST), len(PEERS["C2"]), sorted(PEERS["C2"])[:5])
bad = "11" + "." * 79
print("contradiction puzzle:", parse_grid(bad))
