import functools


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


def tag(label):
    def deco(obj):
        obj.label = label
        return obj
    return deco


@trace
@tag("x")
def work(n):
    return n * 2


@tag("cls")
class Thing:
    @trace
    def method(self):
        return 1

    @functools.cached_property
    def cached(self):
        return 42


print(work(3), work.label, Thing.label, Thing().method(), Thing().cached)
