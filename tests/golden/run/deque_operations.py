# _collections.deque: bounded deques, rotation, indexing, mutation during iteration, operators, errors, repr.
from _collections import deque, defaultdict
d = deque([1, 2, 3], maxlen=5)
print(d, repr(deque([], maxlen=3)), deque(), deque('ab'), d.maxlen, deque().maxlen)
d.extend([4, 5, 6]); print(d, len(d), bool(d), bool(deque()))
print(3 in d, 9 in d, d.index(4), d.count(4), d.index(5, 1, 4))
d.rotate(); print(d); d.rotate(-2); print(d); d.rotate(12); print(d)
d.reverse(); print(d)
d.remove(4); print(d)
del d[0]; print(d); d[0] = 'z'; print(d, d[-1])
u = deque(d); u.insert(1, 'i'); u.insert(-100, 'first'); u.insert(100, 'last'); print(u)
e = d.copy(); print(e, e == d, e is d, e.maxlen)
print(deque([1]) + deque([2]), deque([1, 2]) * 2, 2 * deque([3]), deque([1]) * 0, deque([1, 2], 3) * 2)
x = deque([1]); x += [2, 3]; print(x); x *= 2; print(x); x.extend(x); print(len(x))
print(deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 5]), deque([1]) == [1], deque() != deque())
dd = deque([1, 2, 3])
try:
    for v in dd:
        dd.append(v)
except RuntimeError as err:
    print("RuntimeError:", err)
for f in [lambda: deque([1]).index(5), lambda: deque([1]).remove(5), lambda: deque([1])['a'], lambda: deque([1])[5],
          lambda: deque([1]) + [1], lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 1), lambda: deque(1),
          lambda: deque([1]) * 'a', lambda: deque([1]) < [1], lambda: deque().popleft(), lambda: deque().pop(), lambda: hash(deque())]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
r = deque(); r.append(r); print(r)
print(list(reversed(deque('abc'))), deque, deque.__name__, type(iter(deque())).__name__)
b = deque(range(10), 3); print(b); b.appendleft(-1); print(b); b.extendleft([7, 8]); print(b)
z = deque(maxlen=0); z.append(1); z.extend([2]); print(z)
class D(deque):
    pass
print(D([1]), D([1], 2), type(D([1]).copy()).__name__)
it = iter(deque([1, 2, 3])); next(it); print(it.__length_hint__(), list(it))
dfd = defaultdict(list, a=1)
print(dfd, repr(defaultdict()), dfd.copy(), type(dfd.copy()).__name__, isinstance(dfd, dict))
print(defaultdict(int, {1: 2}) | {3: 4}, defaultdict.__name__)
try:
    defaultdict()['k']
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(1)
except TypeError as e:
    print("TypeError", e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], sorted(nested), dict(nested['a']))
