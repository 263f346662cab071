class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __bool__(self):
        return bool(self.x or self.y)

    def __call__(self, k):
        return Vec(self.x * k, self.y * k)


v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), v[1], bool(Vec(0, 0)), v(2), list(v))
