type Number = int | float
type Pairs[T] = list[tuple[T, T]]
type Recursive = list[Recursive] | int


class Holder:
    type Inner = dict[str, Holder]
    attr = 1
    type UsesAttr = list[attr]


def local_alias():
    x = 1
    type Local[T: int] = tuple[T, x]
    return Local


print(Number.__value__, Pairs.__type_params__, Pairs[int].__value__)
print(Holder.Inner.__value__, local_alias().__value__, Recursive.__name__)
