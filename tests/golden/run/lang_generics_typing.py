# PEP 695/696 generics used like a program would: generic classes and functions, aliases, TypeVar defaults, typing module objects.
from typing import TypeVar, Generic, ParamSpec, TypeVarTuple, TypeAliasType
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.__type_params__, Stack.__parameters__, Stack[str])
print(s.__orig_class__ if hasattr(s, "__orig_class__") else "no orig class")
def apply[**P, R](f, *args: P.args if False else object) -> R:
    return f(*args)
print(apply(max, 3, 9), [type(p).__name__ for p in apply.__type_params__])
class Pair[K = str, V = int]:
    pass
K, V = Pair.__type_params__
print(K.__default__, V.__default__, K.has_default(), K.__bound__, K.__constraints__)
def nodefault[T](): pass
print(nodefault.__type_params__[0].__default__, nodefault.__type_params__[0].has_default())
type Json = dict[str, "Json"] | list["Json"] | str | int | None
print(Json.__name__, Json.__value__, Json.__type_params__)
type Matrix[T] = list[list[T]]
print(Matrix[float], Matrix.__parameters__, Matrix[float].__origin__ is Matrix, Matrix.__module__)
try:
    Json[int]
except TypeError as e:
    print("TypeError:", e)
T = TypeVar("T")
U = TypeVar("U", bound=int)
C = TypeVar("C", str, bytes)
Co = TypeVar("Co", covariant=True)
print(T, U, C, Co, U.__bound__, C.__constraints__, T.__name__, Co.__covariant__)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(P, Ts, P.__name__, Ts.__name__)
try:
    TypeVar("X", int)
except TypeError as e:
    print("TypeError:", e)
class Old(Generic[T]):
    pass
print(Old.__parameters__, Old[int], Old.__mro__)
try:
    Old[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(T):
        pass
except TypeError as e:
    print("TypeError:", e)
A = TypeAliasType("A", list[int])
print(A, A.__value__, A.__type_params__)
def ident[T: (int, str)](x: T) -> T:
    return x
print(ident(3), ident.__type_params__[0].__constraints__, T | None, int | None)
