import contextlib


class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ)
        return self.swallow


def use():
    with CM("a") as a, CM("b"):
        print("body", a.name)
    with CM("c", swallow=True):
        raise ValueError
    with contextlib.suppress(KeyError):
        {}["k"]
    with (CM("d") as d,
          CM("e") as e):
        return d.name + e.name


print(use())
