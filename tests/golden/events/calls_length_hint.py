# list(), tuple(), sorted() and [*x] ask a Python __len__ / __length_hint__ for
# a size guess after getting the iterator.
class Sized:
    def __iter__(self):
        return iter([3, 1, 2])
    def __len__(self):
        return 3
class Hint:
    def __iter__(self):
        return iter("ab")
    def __length_hint__(self):
        return 2
print(list(Sized()), tuple(Sized()), sorted(Sized()), [*Hint()], list(Hint()))
