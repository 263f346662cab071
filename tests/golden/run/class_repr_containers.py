# repr/str of containers holding user objects: containers always use repr of elements; recursive structures.
class Pt:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Pt({self.x})"
    def __str__(self):
        return f"<{self.x}>"
pts = [Pt(1), Pt(2)]
print(pts, str(pts), (Pt(3),), {Pt(4)} if False else {"k": Pt(5)}, f"{pts}", "%s" % pts, str(Pt(6)), repr(Pt(7)))
print("{}".format(Pt(8)), "{!r}".format(Pt(9)), [str(p) for p in pts])
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __repr__(self):
        return f"T({self.v}{', ' + repr(self.kids) if self.kids else ''})"
print(Tree(1, [Tree(2), Tree(3, [Tree(4)])]))
a = [1]
b = [a]
a.append(b)
print(a, b)
d = {"list": []}
d["list"].append(d)
print(d)
class Self:
    def __repr__(self):
        return f"Self(items={self.items!r})"
s = Self()
s.items = [1, "two", None]
print(s, [s])
