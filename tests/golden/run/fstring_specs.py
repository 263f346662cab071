# f-strings: conversions, format specs, nested fields, = debugging, escapes.
name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"{name} {name!r} {name!s} {name!a} {'ü'!a}")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{-n:+}|{n: }|{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}|{n:c}")
print(f"{1234567:,}|{1234567:_}|{255:_x}|{n:e}|{n:.2f}|{n:%}|{n:10.3e}")
print(f"{pi:.3f}|{pi:10.2f}|{pi:<10.1f}|{pi:*^12.4f}|{pi!r:>20}")
w, p = 12, 3
print(f"{pi:{w}.{p}f}|{name:>{w}}|{n:{'^'}{8}}|")
print(f"{n=}, {name=!r}, {pi=:.2f}, {n + 1 = }, {items[1]=}")
print(f"{'nested ' + f'{n}'}", f"{{braces}}", f"{{{n}}}", f"{'a' 'b'}", f"{n!r:>6}")
print(f"{items}", f"{items[0]}", f"{dict(a=1)['a']}", f"{(lambda x: x * 2)(n)}", f"{n if n > 40 else 0}")
print(f"""multi
{name}
line""", f'{"dq"}', f"{'sq'}")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|{'x':-^7}|{'trunc':.3}|{'pad':_<8.2}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()}|{P():abc}|{P()!r}|{P()!s}|{P()!r:>6}")
try:
    f"{n:z}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':d}"
except ValueError as e:
    print("ValueError:", e)
