def pos_only(a, b, /, c, *, d=4, e):
    return a, b, c, d, e


def defaults(x=1, y=[], *, z={}, w=None):
    return x, y, z, w


def annotated_defaults(a: int = 1, *, b: str = "b") -> tuple:
    return a, b


def make(n):
    def with_free(x=n):
        return x + n
    return with_free


lam = lambda a, *b, c=3, **d: (a, b, c, d)
print(pos_only(1, 2, 3, e=5), defaults(), annotated_defaults(), make(2)(), lam(1, 2, c=4, k=5))
print(pos_only.__defaults__, defaults.__kwdefaults__, pos_only.__code__.co_posonlyargcount)
