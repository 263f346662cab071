# Builtin generics (PEP 585): list[int] and friends, type[int], substitution of type variables, unions with |, errors of isinstance and over-subscription.
from typing import TypeVar
T = TypeVar("T")
K = TypeVar("K")
print(type[int], tuple[int, ...], dict[str, list[int]], frozenset[int], set[str], tuple[()], list[int] == list[int], hash(list[int]) == hash(list[int]))
print(list[T], list[T][int], dict[K, T][str, int], list[T].__parameters__, dict[K, list[T]].__parameters__, dict[K, list[T]][str, int])
print(list[int](), list[int]("ab"), list[int].__origin__, list[int].__args__, list[int].__parameters__)
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str], lambda: dict[K, T][int]):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(list[int] | None, int | list[str], type(list[int] | None).__name__, list[int] == list)
class MyList(list): pass
print(MyList[int], type(MyList[int]), MyList[int]().__class__)
import collections
print(collections.deque[int], collections.defaultdict[str, int])
print(type(None) | int, (int | str) | float, int | int, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(repr(list[int]), str(dict[int, str]), list[int].__class__, list[int].__mro_entries__((list[int],)))
class Sub(list[int]): pass
print(Sub.__bases__, Sub.__orig_bases__)
