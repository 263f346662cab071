def matrix(n):
    grid = [[r * n + c for c in range(n)] for r in range(n)]
    transposed = [[row[i] for row in grid] for i in range(n)]
    flat = {v for row in grid for v in row if v % 2}
    lookup = {(r, c): grid[r][c] for r in range(n) for c in range(n) if r <= c}
    inverted = {v: k for k, v in lookup.items()}
    return grid, transposed, sorted(flat), len(lookup), inverted[0]


print(matrix(3))
