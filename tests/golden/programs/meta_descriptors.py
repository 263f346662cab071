# Metaclasses, descriptors and attribute hooks: a tiny ORM-ish model layer with typed
# fields (__set_name__), a registry metaclass with __prepare__-free ordering,
# __getattr__ fallbacks, __init_subclass__, class properties via metaclass, and slots.
class Field:
    _counter = 0

    def __init__(self, kind, default=None, *, required=False):
        self.kind, self.default, self.required = kind, default, required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            try:
                value = self.kind(value)
            except (TypeError, ValueError):
                raise TypeError(f"{type(obj).__name__}.{self.name}: cannot convert {value!r} to {self.kind.__name__}") from None
        setattr(obj, self.attr, value)

    def __delete__(self, obj):
        if self.required:
            raise AttributeError(f"{self.name} is required")
        if hasattr(obj, self.attr):
            delattr(obj, self.attr)

    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"


class ModelMeta(type):
    models = []

    def __new__(mcls, name, bases, ns, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_fields", {}))
        inherited.update(fields)
        cls._fields = dict(sorted(inherited.items(), key=lambda kv: kv[1].order))
        cls._table = kw.get("table", name.lower() + "s")
        if name != "Model":
            mcls.models.append(cls)
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table} fields={list(cls._fields)}>"

    @property
    def field_count(cls):
        return len(cls._fields)

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, field in self._fields.items():
            if name in values:
                setattr(self, name, values.pop(name))
            elif field.required:
                raise TypeError(f"{type(self).__name__} missing required field {name!r}")
        if values:
            raise TypeError(f"unknown fields: {', '.join(sorted(values))}")

    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            if field in self._fields:
                return lambda: getattr(self, field)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __repr__(self):
        inner = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in self._fields)

    __hash__ = None


class User(Model, table="people"):
    name = Field(str, required=True)
    age = Field(int, 0)
    email = Field(str)


class Admin(User):
    level = Field(int, 1)
    age = Field(int, 99)


print(User, Admin, sep="\n")
print(User.field_count, len(Admin), [m.__name__ for m in ModelMeta.models], type(User).__name__)
u = User(name="ann", age="41")
a = Admin(name="root", email="r@x", level=3.9)
print(u, a)
print(u.get_age(), a.get_email(), User.name, Admin.__dict__["age"].default, u.age + 1)
del u.email
del u.age
print(u, u == User(name="ann"), u != a)
for action in (lambda: User(age=3), lambda: User(name="x", bogus=1, other=2), lambda: setattr(u, "age", "old"),
               lambda: delattr(u, "name"), lambda: u.get_nothing(), lambda: u.missing, lambda: hash(u)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")


class Temperature:
    __slots__ = ("_c",)

    def __init__(self, c):
        self._c = c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self._c = (f - 32) * 5 / 9

    def __getattribute__(self, name):
        if name == "kelvin":
            return object.__getattribute__(self, "_c") + 273.15
        return object.__getattribute__(self, name)


t = Temperature(100)
print(t.fahrenheit, t.kelvin, end=" ")
t.fahrenheit = 32
print(t._c, t.kelvin, Temperature.fahrenheit.__doc__, type(Temperature.__dict__["_c"]).__name__)


class Plugin:
    registry = []

    def __init_subclass__(cls, /, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.priority = priority
        Plugin.registry.append(cls)
        Plugin.registry.sort(key=lambda c: (-c.priority, c.__name__))


class Late(Plugin, priority=1):
    pass


class Early(Plugin, priority=10):
    pass


class Middle(Plugin, priority=5):
    pass


class Default(Plugin):
    pass


print([(c.__name__, c.priority) for c in Plugin.registry])


class Singleton(type):
    _instances = {}

    def __call__(cls, *a, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **kw)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        self.name = name


c1, c2 = Config("first"), Config("second")
print(c1 is c2, c1.name, type(Config), isinstance(Config, Singleton), Singleton.__mro__)


class Lazy:
    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value


class Report:
    computed = 0

    @Lazy
    def summary(self):
        Report.computed += 1
        return "expensive summary"


r = Report()
print(r.summary, r.summary, Report.computed, "summary" in vars(r), type(Report.summary).__name__)
print(type("Dyn", (User,), {"extra": Field(float, 1.5)}), User.__subclasses__())
