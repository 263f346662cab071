# Conway's Game of Life on an unbounded grid (set of live cells) and on a torus,
# with pattern detection (period, displacement) and a text renderer.
from collections import Counter
from itertools import product


def parse(picture):
    cells = set()
    for y, row in enumerate(picture.strip("\n").splitlines()):
        for x, ch in enumerate(row):
            if ch in "#O":
                cells.add((x, y))
    return frozenset(cells)


def step(cells):
    counts = Counter((x + dx, y + dy) for x, y in cells
                     for dx, dy in product((-1, 0, 1), repeat=2) if dx or dy)
    return frozenset(c for c, n in counts.items() if n == 3 or (n == 2 and c in cells))


def step_torus(cells, w, h):
    counts = Counter(((x + dx) % w, (y + dy) % h) for x, y in cells
                     for dx in (-1, 0, 1) for dy in (-1, 0, 1) if (dx, dy) != (0, 0))
    return frozenset(c for c, n in counts.items() if n == 3 or (n == 2 and c in cells))


def bbox(cells):
    if not cells:
        return (0, 0, 0, 0)
    xs = [x for x, _ in cells]
    ys = [y for _, y in cells]
    return min(xs), min(ys), max(xs), max(ys)


def normalise(cells):
    x0, y0, _, _ = bbox(cells)
    return frozenset((x - x0, y - y0) for x, y in cells), (x0, y0)


def render(cells, pad=0):
    if not cells:
        return "(empty)"
    x0, y0, x1, y1 = bbox(cells)
    rows = []
    for y in range(y0 - pad, y1 + pad + 1):
        rows.append("".join("#" if (x, y) in cells else "." for x in range(x0 - pad, x1 + pad + 1)))
    return "\n".join(rows)


def classify(cells, limit=40):
    seen = {}
    current = cells
    for gen in range(limit):
        shape, origin = normalise(current)
        if shape in seen:
            first_gen, first_origin = seen[shape]
            period = gen - first_gen
            dx, dy = origin[0] - first_origin[0], origin[1] - first_origin[1]
            if not current:
                return "dies", gen
            if (dx, dy) == (0, 0):
                return ("still life" if period == 1 else f"oscillator p{period}"), first_gen
            return f"spaceship p{period} moving ({dx},{dy})", first_gen
        seen[shape] = (gen, origin)
        current = step(current)
    return "unknown", limit


PATTERNS = {
    "block": "##\n##",
    "blinker": "###",
    "toad": ".###\n###.",
    "glider": ".#.\n..#\n###",
    "beacon": "##..\n##..\n..##\n..##",
    "lwss": ".#..#\n#....\n#...#\n####.",
    "diehard": "......#.\n##......\n.#...###",
    "r_pentomino": ".##\n##.\n.#.",
    "single": "#",
}

for name, pic in PATTERNS.items():
    cells = parse(pic)
    kind, when = classify(cells, limit=60)
    print(f"{name:<12} cells={len(cells):>2} -> {kind} (from gen {when})")

g = parse(PATTERNS["glider"])
for i in range(4):
    print(f"glider gen {i}:")
    print(render(g, pad=1))
    g = step(g)

r = parse(PATTERNS["r_pentomino"])
history = []
for gen in range(60):
    history.append(len(r))
    r = step(r)
print("r-pentomino population:", history[::6])
print("r-pentomino bbox after 60:", bbox(r), "max pop:", max(history), "at", history.index(max(history)))

w, h = 8, 6
t = parse(PATTERNS["glider"])
for gen in range(4 * w):
    t = step_torus(t, w, h)
print("torus glider after", 4 * w, "gens:", sorted(t))
print(render(t))
grid = [[0] * w for _ in range(h)]
for x, y in t:
    grid[y][x] = 1
print(["".join(map(str, row)) for row in grid])
print(step(frozenset()) == frozenset(), len(step(parse("#\n#"))))
