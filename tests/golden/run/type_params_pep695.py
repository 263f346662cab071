# PEP 695 generics: type parameters on functions and classes, type aliases, __type_params__.
def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__, type(first.__type_params__[0]).__name__)
class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box[int](5)
print(b.get(), Box.__type_params__, Box[int].__origin__ is Box if hasattr(Box[int], "__origin__") else None)
type IntList = list[int]
print(IntList, IntList.__value__, type(IntList).__name__, IntList.__name__)
type Pair[K, V] = tuple[K, V]
print(Pair.__type_params__, Pair[str, int])
def bounded[N: (int, float), *Ts, **P](n: N) -> N:
    return n
params = bounded.__type_params__
print(params, params[0].__constraints__, type(params[1]).__name__, type(params[2]).__name__)
class Tree[T: int]:
    pass
print(Tree.__type_params__[0].__bound__)
type Lazy = UndefinedLater
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
