# functools.singledispatch: register by class, by annotation, MRO dispatch, registry, errors.
import functools


@functools.singledispatch
def show(x):
    "generic show"
    return "object:" + repr(x)


@show.register(int)
def _(x):
    return "int:" + str(x)


@show.register
def _(x: list):
    return "list of " + str(len(x))


show.register(float, lambda x: "float:" + format(x, ".1f"))


class Base:
    pass


class Child(Base):
    pass


@show.register(Base)
def _(x):
    return "base:" + type(x).__name__


print(show(3), show(True), show(2.5), show([1, 2]), show("s"), show(Child()), show(None))
print(show.__name__, show.__doc__, show.dispatch(bool).__name__, show.dispatch(str) is show.__wrapped__)
print(sorted(c.__name__ for c in show.registry), len(show.registry))
try:
    show()
except TypeError as e:
    print("TypeError", e)
try:
    @show.register
    def _(x):
        return 1
except TypeError as e:
    print("TypeError", str(e)[:40])


