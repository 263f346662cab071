"""Fraction and Matrix classes with operator overloading."""

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n * 1, n.d * d
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac._coerce(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)

    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __bool__(self):
        return self.n != 0

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Matrix:
    def __init__(self, rows):
        self.rows = [[x if isinstance(x, Frac) else Frac(x) for x in r] for r in rows]
        self.h = len(self.rows)
        self.w = len(self.rows[0]) if self.rows else 0
        if any(len(r) != self.w for r in self.rows):
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = Frac._coerce(v)

    def __matmul__(self, o):
        if self.w != o.h:
            raise ValueError(f"shape mismatch {self.h}x{self.w} @ {o.h}x{o.w}")
        return Matrix([[sum((self[i, k] * o[k, j] for k in range(self.w)), Frac(0))
                        for j in range(o.w)] for i in range(self.h)])

    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.h != self.w:
            raise ValueError("not square")
        m = [row[:] for row in self.rows]
        n = self.h
        det = Frac(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c]), None)
            if p is None:
                return Frac(0)
            if p != c:
                m[c], m[p] = m[p], m[c]
                det = -det
            det = det * m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                for k in range(c, n):
                    m[r][k] = m[r][k] - f * m[c][k]
        return det

    def inverse(self):
        n = self.h
        aug = [row[:] + Matrix.identity(n).rows[i] for i, row in enumerate(self.rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if aug[r][c]), None)
            if p is None:
                raise ZeroDivisionError("singular matrix")
            aug[c], aug[p] = aug[p], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c and aug[r][c]:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([row[n:] for row in aug])

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max((len(c) for r in cells for c in r), default=1)
        return "\n".join("[" + " ".join(f"{c:>{width}}" for c in r) + "]" for r in cells)


a = Frac(1, 3)
b = Frac(-2, 4)
print(a, b, a + b, a - b, a * b, a / b, -a, abs(b), a ** 3, b ** -2)
print(1 + a, 2 - a, 3 * b, 1 / a, a == Frac(2, 6), a < b, b <= a, bool(Frac(0)))
print(repr(sum([Frac(1, n) for n in range(1, 11)], Frac(0))))
print(float(Frac(22, 7)), f"{Frac(3, 4):>8}|", sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), Frac(-1)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 1.5
except TypeError as e:
    print("TypeError:", e)

m = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(m)
print("det", m.det())
inv = m.inverse()
print(inv)
print(m @ inv == Matrix.identity(3))
print(m.transpose())
print((m * Frac(1, 2) + m) @ Matrix([[1], [2], [3]]))
h = Matrix([[Frac(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det", h.det())
print(h.inverse())
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("singular:", e)
try:
    m @ Matrix([[1, 2]])
except ValueError as e:
    print(e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print(e)
