# A typed program's imports from typing: special forms, unions, aliases, lazily evaluated annotations (PEP 649) that use them.
from typing import Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator, Sequence, Mapping, ClassVar, Final, Literal, Self, TYPE_CHECKING, cast, overload
import typing
print(Any, Optional[int], Union[int, str], Union[int], Optional[Union[int, str]], Union[int, None] == Optional[int])
print(List, List[int], Dict[str, int], Tuple[int, ...], Set[int], FrozenSet[str], Type[int])
print(Callable, Callable[[int], str], Iterable[int], Sequence, Mapping[str, int], ClassVar[int], Final[int], Literal[1, "a"], Self)
print(isinstance([], List), isinstance({}, Dict), issubclass(bool, Type) if False else "", TYPE_CHECKING, cast(int, "not checked"))
for bad in (lambda: List[int](), lambda: isinstance(1, Any), lambda: Union[()]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Inventory:
    limit: ClassVar[int] = 10
    def __init__(self, items: Optional[Dict[str, int]] = None) -> None:
        self.items: Dict[str, int] = items or {}
    def add(self, name: str, count: int = 1) -> Self:
        self.items[name] = self.items.get(name, 0) + count
        return self
    def names(self) -> List[str]:
        return sorted(self.items)
    def apply(self, fn: Callable[[int], int]) -> Dict[str, int]:
        return {k: fn(v) for k, v in self.items.items()}
inv = Inventory().add("apple").add("pear", 3).add("apple")
print(inv.names(), inv.apply(lambda n: n * 10), Inventory.limit)
print(Inventory.add.__annotations__)
print(Inventory.__init__.__annotations__)
def first(xs: Sequence[Union[int, str]]) -> Optional[Union[int, str]]:
    return xs[0] if xs else None
print(first([3, "a"]), first([]), first.__annotations__["return"])
@overload
def only(x: int) -> int: ...
print(only(5) if False else "overload returns its function", typing.Optional is Optional)
print(int | None, Optional[int] | str, type(Optional[int]).__name__, (int | str).__args__)
