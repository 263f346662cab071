# A Fraction class (gcd normalisation, operators) and matrix operations with it: exact Gaussian elimination.
from math import gcd
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        g = gcd(n, d) * (1 if d > 0 else -1)
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self): return Frac(-self.n, self.d)
    def __eq__(self, o): o = o if isinstance(o, Frac) else Frac(o); return (self.n, self.d) == (o.n, o.d)
    def __repr__(self): return f"{self.n}" if self.d == 1 else f"{self.n}/{self.d}"
print(Frac(1, 2) + Frac(1, 3), Frac(3, 4) - 1, 2 * Frac(5, 6), Frac(1, 2) / Frac(-3, 4), -Frac(2, 4), Frac(6, 3) == 2, sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
def solve(A, b):
    n = len(A)
    M = [[Frac(v) for v in row] + [Frac(bv)] for row, bv in zip(A, b)]
    for col in range(n):
        piv = next(r for r in range(col, n) if M[r][col] != 0)
        M[col], M[piv] = M[piv], M[col]
        for r in range(n):
            if r != col and M[r][col] != 0:
                f = M[r][col] / M[col][col]
                M[r] = [a - f * c for a, c in zip(M[r], M[col])]
    return [M[i][n] / M[i][i] for i in range(n)]
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [5, 6]))
def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
I = [[1, 0], [0, 1]]
F = [[1, 1], [1, 0]]
P = I
for _ in range(30):
    P = matmul(P, F)
print(P, matmul([[1, 2, 3]], [[4], [5], [6]]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
