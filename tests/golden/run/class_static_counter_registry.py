# Class-level registries and counters via __init__ and class methods; instances tracked by id-free keys.
class Widget:
    _count = 0
    _registry = {}
    def __init__(self, name):
        Widget._count += 1
        self.serial = Widget._count
        self.name = name
        Widget._registry[name] = self
    @classmethod
    def get(cls, name):
        return cls._registry.get(name)
    @classmethod
    def count(cls):
        return cls._count
    def __repr__(self):
        return f"Widget#{self.serial}({self.name})"
class Button(Widget):
    pass
w1, w2, b1 = Widget("w1"), Widget("w2"), Button("b1")
print(Widget.count(), Button.count(), Widget.get("b1"), Button.get("w1"), sorted(Widget._registry))
print(type(Widget.get("b1")).__name__, Widget.get("zz"))
