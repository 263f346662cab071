# Function parameters: defaults, keyword-only, positional-only, *args, **kwargs, errors.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(a=1, c=2, d=0, zz=1))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2), mutable(3, []))
print(f.__defaults__, f.__kwdefaults__, pos.__code__.co_argcount, pos.__code__.co_posonlyargcount, pos.__code__.co_kwonlyargcount)
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, c=1, a=2),
    lambda: pos(a=1, b=2, c=3, d=4),
    lambda: pos(1, 2, 3, 4),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(x=1),
    lambda: (lambda *, k: k)(),
    lambda: (lambda a, b, c: 0)(1),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def kwonly(*, x=1, y):
    return x, y
print(kwonly(y=2), kwonly(x=3, y=4))
def star_only(*args):
    return args
print(star_only(), star_only(1), star_only(*"ab"))
def g(**kw):
    return sorted(kw.items())
print(g(b=1, a=2), g(**{"if": 1, "for": 2}))
