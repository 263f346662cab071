class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def consume():
    out = []
    it = iter(Countdown(3))
    out.append(next(it))
    for x in it:
        out.append(x)
    out.extend(zip("ab", range(5)))
    out.append(list(map(str, range(2))))
    out.append(next(iter([]), "default"))
    return out


print(consume())
