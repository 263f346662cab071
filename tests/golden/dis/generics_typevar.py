def first[T](items: list[T]) -> T:
    return items[0]


def bounded[N: (int, float), S: str = str](n: N, s: S) -> N:
    return n


def variadic[*Ts, **P](*args: *Ts) -> None:
    pass


class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def map[U](self, f: "Callable[[T], U]") -> "Box[U]":
        return Box(f(self.item))


class Pair[K, V = int](dict[K, V]):
    pass


print(first([3]), bounded(1, "s"), Box(2).map(str).get(), Pair.__type_params__)
print(first.__type_params__, bounded.__type_params__[0].__constraints__, Box.__type_params__)
