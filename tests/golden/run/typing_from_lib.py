# typing and ast from CPython's Lib over pyvm's native _typing and _ast: generics, PEP 695, hints, AST nodes.
from typing import (Generic, TypeVar, ParamSpec, TypeVarTuple, Protocol, NamedTuple, TypedDict,
                    Annotated, Literal, NewType, Callable, get_type_hints, get_origin, get_args,
                    runtime_checkable, final, Unpack, Optional, Union, Any, ClassVar)
import typing

T = TypeVar("T")
K = TypeVar("K", bound="str")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(T, K, K.__bound__, P, P.args, P.kwargs, Ts, T.__module__, [*Ts])

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

b = Box[int](3)
print(Box[int], Box.__parameters__, b.get(), b.__orig_class__, Box[int].__args__)

class Pair[A, B]:
    def __init__(self, a: A, b: B):
        self.a, self.b = a, b
print(Pair[int, str], Pair.__type_params__, Pair.__parameters__, Pair.__orig_bases__)
type Vec[X] = list[tuple[X, X]]
print(Vec, Vec[float], Vec.__value__, Vec[int].__args__)

class Sized2(Protocol):
    def size(self) -> int: ...
print(Sized2.__protocol_attrs__ if hasattr(Sized2, "__protocol_attrs__") else "", Sized2._is_protocol)

UserId = NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__)

def f(x: Annotated[int, "meta"], y: Optional[str] = None) -> Literal["ok"]:
    return "ok"
print(get_type_hints(f), get_type_hints(f, include_extras=True)["x"])
print(get_origin(Union[int, str]), get_args(Callable[[int, str], bool]), get_origin(list[int]))
print(Callable[P, T], Callable[..., int], Callable[[int], str][()] if False else "")
print(Union[int, T][str], (int | list[T])[bytes], Box[T][int] if False else "", list[T][int])

@final
class Leaf:
    pass
print(Leaf.__final__, typing.Optional[Any], ClassVar[int])
try:
    Box[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(T): pass
except TypeError as e:
    print("TypeError:", e)
print(typing.TYPE_CHECKING, typing.NoDefault, T.has_default(), TypeVar("D", default=int).__default__)

import ast
n = ast.BinOp(ast.Name("a"), ast.Add(), ast.Constant(1))
print(n, n._fields, ast.Name._field_types, ast.BinOp.__match_args__)
print(ast.Module([ast.Expr(n)]), ast.FunctionDef.__doc__, ast.expr_context.__doc__)
match n:
    case ast.BinOp(ast.Name(id=name), ast.Add(), right):
        print("matched", name, right.value)
print(isinstance(n, ast.expr), issubclass(ast.Name, ast.AST), ast.Name.__mro__)
print(n.__reduce__()[1], ast.Constant(2).kind, ast.arg("x").annotation, ast.Name("q").ctx)
import copy
print(copy.replace(n, op=ast.Sub()), copy.deepcopy(n))
