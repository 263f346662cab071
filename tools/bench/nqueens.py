# Backtracking search: counting N-queens solutions with sets and recursion.
def queens(n):
    count = 0
    cols, d1, d2 = set(), set(), set()
    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1)
            cols.discard(c); d1.discard(r - c); d2.discard(r + c)
    place(0)
    return count
print([queens(n) for n in range(4, 11)], sum(queens(n) for _ in range(4) for n in range(8, 11)))
