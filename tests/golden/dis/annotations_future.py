from __future__ import annotations


def f(a: int, b: list[str]) -> dict[str, int]:
    return {}


x: int = 1
y: SomeUndefined
(z): int = 2


class K:
    field: Unknown
    value: int = 3


print(__annotations__, f.__annotations__, K.__annotations__)
