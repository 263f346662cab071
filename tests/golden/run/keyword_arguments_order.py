# **kwargs preserve call order; keyword argument errors; calling with dict unpacking; defaults interplay.
def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3), show(**{"b": 1, "a": 2}, c=3))
def f(a, b, c=3, *, d=4):
    return a, b, c, d
print(f(1, 2), f(1, b=2), f(b=2, a=1), f(1, 2, d=0, c=9), f(*[1, 2], **{"d": 7}))
args = {"a": 1, "b": 2, "c": 3, "d": 4}
print(f(**args))
for bad in [lambda: f(1, 2, a=1), lambda: f(1, 2, e=5), lambda: f(1, 2, 3, 4), lambda: f(**{"a": 1}), lambda: show(**{1: 2})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def collect(first, *rest, sep=", ", **opts):
    return sep.join(map(str, (first,) + rest)) + (f" {opts}" if opts else "")
print(collect(1), collect(1, 2, 3), collect(1, 2, sep="-"), collect("x", flag=True))
class K:
    def m(self, *, key):
        return key
print(K().m(key="v"))
try:
    K().m("v")
except TypeError as e:
    print("TypeError:", e)
