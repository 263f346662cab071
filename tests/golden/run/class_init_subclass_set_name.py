# __init_subclass__ with keywords, __set_name__ on descriptors, __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSV(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
print(sorted(Plugin.registry), CSV.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 1
print(m.a, m.b, vars(m), type(Model.a).__name__)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
print(Generic[int], Generic["x"], list[int], dict[str, int], type(list[int]).__name__)
