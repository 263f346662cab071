# Maze solving three ways (BFS, DFS, A*), output through sys.stdout/stderr,
# ending with sys.exit(main()).
import sys
import heapq
from collections import deque
from functools import lru_cache

MAZE = """\
S.#.........
.##.#####.#.
....#...#.#.
.####.#.#.#.
......#...#E
.########.##
............
""".splitlines()
H, W = len(MAZE), len(MAZE[0])
START = next((r, c) for r, row in enumerate(MAZE) for c, ch in enumerate(row) if ch == "S")
END = next((r, c) for r, row in enumerate(MAZE) for c, ch in enumerate(row) if ch == "E")
MOVES = ((0, 1), (1, 0), (0, -1), (-1, 0))


def neighbours(cell):
    r, c = cell
    for dr, dc in MOVES:
        nr, nc = r + dr, c + dc
        if 0 <= nr < H and 0 <= nc < W and MAZE[nr][nc] != "#":
            yield nr, nc


def rebuild(came, cell):
    path = [cell]
    while (cell := came[cell]) is not None:
        path.append(cell)
    return path[::-1]


def bfs():
    came = {START: None}
    todo = deque([START])
    while todo:
        cell = todo.popleft()
        if cell == END:
            return rebuild(came, cell), len(came)
        for nxt in neighbours(cell):
            if nxt not in came:
                came[nxt] = cell
                todo.append(nxt)
    return None, len(came)


def dfs():
    came, stack = {START: None}, [START]
    while stack:
        cell = stack.pop()
        if cell == END:
            return rebuild(came, cell), len(came)
        for nxt in neighbours(cell):
            if nxt not in came:
                came[nxt] = cell
                stack.append(nxt)
    return None, len(came)


def astar():
    def h(cell):
        return abs(cell[0] - END[0]) + abs(cell[1] - END[1])

    came, cost = {START: None}, {START: 0}
    frontier = [(h(START), 0, START)]
    tie = 0
    while frontier:
        _, _, cell = heapq.heappop(frontier)
        if cell == END:
            return rebuild(came, cell), len(cost)
        for nxt in neighbours(cell):
            new = cost[cell] + 1
            if new < cost.get(nxt, 1 << 30):
                cost[nxt], came[nxt] = new, cell
                tie += 1
                heapq.heappush(frontier, (new + h(nxt), tie, nxt))
    return None, len(cost)


@lru_cache(maxsize=None)
def count_monotone(r, c):
    """Paths from (r, c) to the bottom-right moving only down/right."""
    if MAZE[r][c] == "#":
        return 0
    if (r, c) == (H - 1, W - 1):
        return 1
    return (count_monotone(r + 1, c) if r + 1 < H else 0) + (count_monotone(r, c + 1) if c + 1 < W else 0)


def draw(path):
    grid = [list(row) for row in MAZE]
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    return "\n".join("".join(row) for row in grid)


def main():
    results = {}
    for solver in (bfs, dfs, astar):
        path, seen = solver()
        results[solver.__name__] = len(path) - 1
        sys.stdout.write(f"{solver.__name__:>5}: {len(path) - 1:2d} steps, {seen:2d} cells seen\n")
    print(draw(bfs()[0]))
    print("monotone paths from origin:", count_monotone(0, 0), count_monotone.cache_info().currsize > 0)
    print(*sorted(results.items(), key=lambda kv: (kv[1], kv[0])), sep=" | ", end=" <-\n")
    shortest = min(results.values())
    worst = [name for name, steps in results.items() if steps > shortest]
    if worst:
        print(f"warning: {', '.join(worst)} not optimal", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
