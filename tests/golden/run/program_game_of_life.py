# Conway's game of life on a small torus, using sets of coordinates and a dict of counts.
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % w, (y + dy) % h)
                    counts[k] = counts.get(k, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}
def show(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
w, h = 8, 6
state = glider
for gen in range(5):
    print(f"gen {gen} ({len(state)} alive)")
    print(show(state, w, h))
    state = step(state, w, h)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
