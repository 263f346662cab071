# Decorators: plain, with arguments, stacked, class decorators, preserving attributes by hand.
def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2); add(2, b=5)
print(add.__name__, add.__wrapped__(1, 1))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def tag(label):
    def deco(fn):
        def w():
            return f"<{label}>{fn()}</{label}>"
        return w
    return deco
@tag("b")
@tag("i")
def text():
    return "t"
print(text())
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class Thing:
    pass
print(registry, Thing.registered)
@lambda f: f()
def computed():
    return 42
print(computed)
class Box:
    items = []
    @items.append
    def method(self):
        return 1
print(Box.items[0].__name__, Box.method)
