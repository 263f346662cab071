# Records without dataclasses: __slots__, properties with validation, class-level
# registries via __init_subclass__, mixins with cooperative super(), __eq__/__hash__,
# ordering, __repr__ built from slots, copying and pickling-free serialisation.
from functools import total_ordering
import operator


class ValidationError(ValueError):
    pass


class ReprMixin:
    __slots__ = ()

    def _fields(self):
        for cls in type(self).__mro__:
            for name in getattr(cls, "__slots__", ()):
                if not name.startswith("_"):
                    yield name

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields())
        return f"{type(self).__name__}({parts})"


class EqMixin:
    __slots__ = ()

    def _key(self):
        return tuple(getattr(self, "_" + n, getattr(self, n, None)) for n in self._fields())

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((type(self).__name__,) + self._key())


class AsDictMixin:
    __slots__ = ()

    def as_dict(self):
        return {n: getattr(self, n) for n in self._fields()}


class Record(ReprMixin, EqMixin, AsDictMixin):
    __slots__ = ()
    registry = {}

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Record.registry[kind or cls.__name__.lower()] = cls

    @classmethod
    def from_dict(cls, d):
        kind = d.pop("kind")
        return Record.registry[kind](**d)


@total_ordering
class Person(Record, kind="person"):
    __slots__ = ("_name", "_age", "email")

    def __init__(self, name, age, email=None):
        self.name = name
        self.age = age
        self.email = email

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"name must be a non-empty str, got {value!r}")
        self._name = value.strip().title()

    @property
    def age(self):
        return self._age

    @age.setter
    def age(self, value):
        if not 0 <= value <= 150:
            raise ValidationError(f"age out of range: {value}")
        self._age = int(value)

    @age.deleter
    def age(self):
        raise AttributeError("age cannot be deleted")

    def _fields(self):
        return iter(("name", "age", "email"))

    def __lt__(self, other):
        return (self.age, self.name) < (other.age, other.name)


class Employee(Person, kind="employee"):
    __slots__ = ("salary", "manager")

    def __init__(self, name, age, salary, manager=None, **kw):
        super().__init__(name, age, **kw)
        self.salary = salary
        self.manager = manager

    def _fields(self):
        yield from super()._fields()
        yield "salary"

    def __repr__(self):
        base = super().__repr__()
        return base if self.manager is None else f"{base}<-{self.manager.name}"


class Point(Record):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


people = [Person("  ada lovelace ", 36), Person("alan turing", 41, "alan@example.org"),
          Person("grace hopper", 85), Person("Ada Lovelace", 36)]
for p in people:
    print(p)
print("sorted:", [p.name for p in sorted(people)])
print("eq:", people[0] == people[3], people[0] == people[1], people[0] != "x", len(set(people)))
boss = Employee("margaret hamilton", 33, 120000)
dev = Employee("linus", 28, 90000, manager=boss, email="l@k.org")
print(boss, dev, sep="\n")
print(dev.as_dict())
print(Employee.__mro__[1:4])
print(sorted(Record.registry), Record.registry["point"] is Point)
print(Record.from_dict({"kind": "point", "x": 1, "y": 2}), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))

for bad in [lambda: Person("", 3), lambda: Person("bob", 200), lambda: setattr(people[0], "nick", "x"),
            lambda: delattr(people[0], "age"), lambda: Employee("x", 1), lambda: people[0] < 3]:
    try:
        bad()
    except (ValidationError, AttributeError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
print(isinstance(ValidationError("x"), ValueError), hasattr(boss, "__dict__"), Person.__slots__)
print(sorted(people, key=operator.attrgetter("email", "name"), reverse=False) if False else
      sorted((p.email or "", p.name) for p in people))
p = people[1]
p.age += 1
p.name = "dr. alan turing"
print(p, p.age, type(Person.age).__name__, Person.name.fget.__name__)
by_age = {}
for p in people + [boss, dev]:
    by_age.setdefault(p.age // 10 * 10, []).append(p.name)
print(dict(sorted(by_age.items())))
print(max(people), min(people, key=lambda q: len(q.name)), sum(q.age for q in people))
