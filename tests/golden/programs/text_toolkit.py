# Text and number toolkit: metaclass registry, iterator protocols, str/int corners.
import string
from itertools import islice, count


class Registry(type):
    kinds = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {"_order": []}
        return ns

    def __new__(mcls, name, bases, ns, *, tag=None):
        cls = super().__new__(mcls, name, bases, dict(ns))
        if tag:
            mcls.kinds[tag] = cls
        return cls

    def __instancecheck__(cls, obj):
        return hasattr(obj, "render") or super().__instancecheck__(obj)

    def __len__(cls):
        return len(Registry.kinds)


class Block(metaclass=Registry):
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Para(Block, tag="p"):
    def __init__(self, text):
        self.text = text

    def render(self, width):
        return wrap(self.text, width)


class Code(Block, tag="code"):
    def __init__(self, text):
        self.text = text

    def render(self, width):
        return [("    " + line.expandtabs(4)).rstrip() for line in self.text.splitlines()]


class Duck:
    def render(self, width):
        return ["quack"]


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        return iter(range(1, self.start + 1))


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


doc = [Para("The quick brown fox jumps over the lazy dog near the riverbank at dawn."),
       Code("def f(x):\n\treturn x  \n"), Para("Short one.")]
for block in doc:
    print(f"[{type(block).__name__.lower()}]")
    for line in block.render(24):
        print(f"|{line:<24}|")
print(len(Block), sorted(Registry.kinds), isinstance(Duck(), Block), isinstance(3, Block))
print(Block[int], Para._order, type(Para).__name__)
print(list(Countdown(4)), list(reversed(Countdown(4))), list(Squares()), 9 in Squares())
it = iter(iter([3, 1, 0, 7]).__next__, 0)
print(list(it), list(enumerate("abc", start=10)), list(filter(None, [0, "", "x", [], [1]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))), list(islice(count(5, 3), 4)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("zip:", e)

s = "  Hello, World: the Grand Tour  "
print(s.strip().split(", ", 1), s.rsplit(None, 2), s.partition(":"), s.rpartition("x"))
print("a\nb\r\nc".splitlines(keepends=True), "42".zfill(6), "-42".zfill(6), "Straße".casefold())
print("snake_case2".isidentifier(), "2bad".isidentifier(), "ABC".isupper(), "x1".isalnum())
print("{name} has {n:03d}".format_map({"name": "ann", "n": 7}), "%(a)s/%(b)r" % {"a": 1, "b": "2"})
print(string.capwords("hello   big world"), "-".join(reversed("abc")), "ab" * 3, "tic".center(9, "."))
print(list(string.Formatter().parse("a{0}b{x:>3}c")), "Title Case".swapcase(), "x".join("123"))
print((255).bit_length(), (255).bit_count(), (-7) // 2, (-7) % 2, divmod(-7, -2), pow(3, 4, 5), pow(2, -1, 7))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), (0.1).hex(), float.fromhex("0x1.8p1"))
print(int("0x1f", 0), int("0b101", 0), int("777", 8), int(" 12_000 "), 1e16, 1e-5, 123456789.0 * 10)
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 7 / 2, 7 // 2.0, 2 ** -1)
print(f"{1/3:.5}", f"{1e300 * 1e10}", f"{-0.0}", f"{10**20}", f"{2**64:,}", f"{255:08b}", f"{3.0:g}")
