# _functools: reduce (initial, errors), partial (flattening, keywords, repr, attributes, methods), cmp_to_key.
import _functools as ft
import _operator as op
print(ft.reduce(op.add, [1, 2, 3]), ft.reduce(op.add, [], 10), ft.reduce(op.mul, range(1, 6), 1), ft.reduce(lambda a, b: b + a, 'abc'))
print(ft.reduce(op.add, [5]), ft.reduce(op.add, [1, 2], initial=5))
for f in [lambda: ft.reduce(op.add, []), lambda: ft.reduce(op.add, 5), lambda: ft.reduce(op.add), lambda: ft.partial(),
          lambda: ft.partial(1), lambda: ft.reduce(lambda a, b: a / b, [1, 0])]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
def kw(a, b=0, **k):
    return (a, b, k)
p = ft.partial(op.add, 1)
print(p(2), p.func is op.add, p.args, p.keywords, repr(p))
p2 = ft.partial(p, 5)
print(p2(), p2.args, p2.func, repr(p2))
pk = ft.partial(kw, b=2, z=3)
print(pk(1), pk(1, b=5, y=1), repr(pk).split(' at ')[0], pk.keywords)
pk2 = ft.partial(pk, 0, z=4)
print(pk2(), pk2.keywords, pk2.func is kw)
class A:
    m = ft.partial(kw, 'bound')
print(A().m(), A.m(1), type(A.m).__name__)
p.attr = 'x'
print(p.attr, p.__dict__)
key = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=ft.cmp_to_key(lambda a, b: b - a)), key(1) < key(2), key(2) == key(2), key(3).obj)
print(type(key).__name__, type(key(1)).__name__)
try:
    key(1) < 2
except TypeError as e:
    print("TypeError", e)
print(sorted(['bb', 'a', 'ccc'], key=ft.cmp_to_key(lambda x, y: len(x) - len(y))), max([1, 5, 3], key=ft.cmp_to_key(op.sub)))
