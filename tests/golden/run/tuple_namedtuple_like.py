# A record type written by hand on top of tuple (like namedtuple): properties, _replace, _asdict, unpacking.
class Record(tuple):
    _fields = ("name", "age", "city")
    def __new__(cls, *args, **kw):
        vals = list(args) + [kw[f] for f in cls._fields[len(args):]]
        return super().__new__(cls, vals)
    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None
    def _replace(self, **kw):
        return Record(*(kw.get(f, v) for f, v in zip(self._fields, self)))
    def _asdict(self):
        return dict(zip(self._fields, self))
    def __repr__(self):
        return "Record(" + ", ".join(f"{f}={v!r}" for f, v in zip(self._fields, self)) + ")"
r = Record("ann", 30, city="oslo")
print(r, r.name, r[1], len(r), r._asdict(), r._replace(age=31))
name, age, city = r
print(name, age, city, r == ("ann", 30, "oslo"), isinstance(r, tuple), sorted([Record("b", 1, "x"), Record("a", 2, "y")]))
try:
    r.zip
except AttributeError as e:
    print("AttributeError:", e)
