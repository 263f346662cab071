# f-strings: nested format specs, conversions, = specifier, quotes reuse (3.12+), multiline expressions, format() protocol.
width, prec = 10, 3
value = 3.14159265
name = "pyvm"
print(f"[{value:{width}.{prec}f}] [{value:<{width}.2e}] [{name:^{width}}] [{name!r:>{width}}]")
print(f"{value=}", f"{name = }", f"{value=:.2f}", f"{1 + 2 = }", f"{name!s:*>8}")
items = {"a": 1, "b": 2}
print(f"{items["a"]} {'nested ' + f"{items['b']:03d}"} {"".join(f"{k}{v}" for k, v in items.items())}")
print(f"{12345678:,} {12345678:_} {0.25:.1%} {255:#x} {255:08b} {-42:+d} {42: d} {1e10:g} {1234.5:,.2f}")
print(f"{'left':<8}|{'right':>8}|{'center':^8}|{'fill':-^10}|")
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return format(self.v, spec)
    def __repr__(self):
        return "Money(...)"
    def __str__(self):
        return "money"
m = Money(1234.5)
print(f"{m:usd} {m:>10.1f} {m} {m!r} {m!s:>7}")
print(f"""{
    value
    * 2
    :.3f}""")
print(f"{'{'}{{literal}}{'}'}", f"{3:{'>'}{5}}", f"{{}}")
import math
print(f"{math.pi:.{prec}f}", f"{[x * 2 for x in range(3)]}", f"{(lambda y: y + 1)(2)}")
print(format(3.5, "08.3f"), format("x", "^5"), format(10, "o"), "{:>6}|{:<4}|".format("ab", 7), "{0}{1}{0}".format("a", "b"))
print("{name} is {age:d} years".format(name="Bo", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
print("%s %d %5.2f %-4s| %x %r %%" % ("s", 42, 2.5, "ab", 255, "q"))
try:
    f"{value:q}"
except ValueError as e:
    print("ValueError:", e)
print(f"{None!r} {True:>6} {b'bytes'!r} {3+4j} {[1, 'a']!a}")
