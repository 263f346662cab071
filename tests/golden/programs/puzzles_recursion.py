# Recursive puzzle solvers and nested comprehensions: N-queens, permutations with
# pruning, Towers of Hanoi, partitions, flood fill, Ackermann with a memo, a recursion
# depth limit hit on purpose, and scoping rules of comprehensions/class bodies.
import sys
import itertools
from functools import reduce


def queens(n):
    solutions = []

    def place(row, cols, diag1, diag2, board):
        if row == n:
            solutions.append(tuple(board))
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, diag1 | {row - c}, diag2 | {row + c}, board)
            board.pop()

    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions


for n in range(1, 9):
    sols = queens(n)
    print(f"{n}-queens: {len(sols)} solutions", sols[0] if sols else "")
first8 = queens(8)[0]
print("\n".join("".join("Q" if c == col else "." for c in range(8)) for col in first8))


def hanoi(n, src="A", dst="C", via="B"):
    if n == 0:
        return []
    return hanoi(n - 1, src, via, dst) + [(n, src, dst)] + hanoi(n - 1, via, dst, src)


moves = hanoi(4)
print(len(moves), moves[:5], len(hanoi(10)) == 2**10 - 1)


def partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield ()
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield (k,) + rest


print([len(list(partitions(k))) for k in range(1, 16)])
print(list(partitions(6)))


def perms_no_adjacent_equal(s):
    out = set()

    def go(prefix, remaining):
        if not remaining:
            out.add(prefix)
            return
        for i, ch in enumerate(remaining):
            if prefix and prefix[-1] == ch:
                continue
            go(prefix + ch, remaining[:i] + remaining[i + 1:])

    go("", s)
    return sorted(out)


print(perms_no_adjacent_equal("aabb"), len(perms_no_adjacent_equal("aabbcc")))

memo = {}


def ackermann(m, n):
    if (m, n) in memo:
        return memo[m, n]
    if m == 0:
        r = n + 1
    elif n == 0:
        r = ackermann(m - 1, 1)
    else:
        r = ackermann(m - 1, ackermann(m, n - 1))
    memo[m, n] = r
    return r


print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(2, 20), len(memo) > 50)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(10_000)
except RecursionError as e:
    print("RecursionError:", e)
finally:
    sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)

grid = ["#########",
        "#..#....#",
        "#..#.##.#",
        "#....#..#",
        "######..#",
        "#....#..#",
        "#########"]


def flood(g, x, y, seen):
    if g[y][x] == "#" or (x, y) in seen:
        return 0
    seen.add((x, y))
    return 1 + sum(flood(g, x + dx, y + dy, seen) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)))


seen = set()
regions = []
for y, row in enumerate(grid):
    for x, ch in enumerate(row):
        if ch == "." and (x, y) not in seen:
            regions.append(flood(grid, x, y, seen))
print("regions:", regions)

matrix = [[(r * 7 + c * 3) % 10 for c in range(5)] for r in range(4)]
transposed = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
flat = [x for row in matrix for x in row if x % 2]
pairs = {(a, b) for a in range(4) for b in range(a, 4) if (a + b) % 3 == 0}
table = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(matrix, transposed[0], flat, sorted(pairs), table[3], sep="\n")
print([[y for y in range(x)] for x in range(5)], [(x, y) for x in range(3) for y in range(x) if x != y])
print(reduce(lambda acc, row: [a + b for a, b in zip(acc, row)], matrix), list(map(sum, zip(*matrix))))


class Scope:
    factor = 10
    values = [1, 2, 3]
    scaled = [v * 2 for v in values]
    try:
        broken = [v * factor for v in values]
    except NameError as e:
        err = str(e)


print(Scope.scaled, Scope.err)
x = "global"
gen = (x for _ in range(2))
x = "rebound"
print(list(gen), [x for x in "ab"], x)
total = 0
for i, j in itertools.product(range(3), repeat=2):
    total += (lambda i=i, j=j: i * j)()
print(total, [(lambda: k)() for k in range(3)], [f() for f in [lambda k=k: k * k for k in range(4)]])
if (n := len(moves)) > 10:
    print("walrus:", n, [y for v in range(5) if (y := v * v) > 3], y)
