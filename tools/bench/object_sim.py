# Object-heavy simulation: particles with __slots__-less classes, vectors allocated per step, collisions on a grid.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def scale(self, k):
        return Vec(self.x * k, self.y * k)
class Particle:
    def __init__(self, i):
        self.pos = Vec((i * 37) % 100, (i * 91) % 100)
        self.vel = Vec(((i * 13) % 7) - 3, ((i * 29) % 5) - 2)
        self.hits = 0
    def move(self, dt):
        self.pos = self.pos + self.vel.scale(dt)
        if not 0 <= self.pos.x <= 100:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
        if not 0 <= self.pos.y <= 100:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1
class World:
    def __init__(self, n):
        self.particles = [Particle(i) for i in range(n)]
    def step(self):
        cells = {}
        for p in self.particles:
            p.move(0.5)
            key = (int(p.pos.x) // 10, int(p.pos.y) // 10)
            cells.setdefault(key, []).append(p)
        return sum(len(v) * (len(v) - 1) // 2 for v in cells.values())
w = World(300)
collisions = sum(w.step() for _ in range(900))
print(collisions, sum(p.hits for p in w.particles), round(sum(p.pos.x + p.pos.y for p in w.particles), 3))
