# isinstance/issubclass, getattr/setattr/hasattr/delattr, vars/dir on simple objects, type(), callable.
class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    pass
b = B()
b.inst = 2
print(isinstance(b, A), isinstance(b, (int, str)), isinstance(1, (str, (int, float))), issubclass(B, (A,)), issubclass(B, B))
print(getattr(b, "inst"), getattr(b, "cls_attr"), getattr(b, "nope", None), hasattr(b, "method"), hasattr(B, "inst"))
setattr(b, "dyn", 3); delattr(b, "inst")
print(vars(b), [n for n in dir(b) if not n.startswith("__")], [n for n in dir(B) if not n.startswith("_")])
print(type(b).__name__, type(B).__name__, type(type).__name__, type(None).__name__, type(len).__name__, type(A.method).__name__, type(b.method).__name__)
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    getattr(b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(b, "absent")
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(A).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__qualname__", "__firstlineno__", "__static_attributes__"}))
print(dir(5) == dir(int), "append" in dir([]), "__len__" in dir(""), len([n for n in dir(object) if n.startswith("__")]) > 10)
class Dyn:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Dyn()))
print(type(1) is int, type("") is str, type([]) == list, isinstance(True, int), isinstance(int, type), isinstance(type, object))
x = [1]
y = x
z = [1]
print(x is y, x is z, x == z, x is not z, None is None)
