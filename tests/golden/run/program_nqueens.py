# N-queens by backtracking with sets; counts solutions and prints the first board.
def solve(n):
    cols, d1, d2, placed, sols = set(), set(), set(), [], []
    def place(r):
        if r == n:
            sols.append(placed[:])
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); placed.append(c)
            place(r + 1)
            cols.remove(c); d1.remove(r - c); d2.remove(r + c); placed.pop()
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
