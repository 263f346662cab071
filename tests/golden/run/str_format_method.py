# str.format and format_map: positions, names, attributes, items, nesting, conversions.
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format(1, 2))
print("{name} is {age}".format(name="Cy", age=3), "{a[0]} {a[1]}".format(a=[7, 8]))
print("{0.real} {0.imag}".format(3 + 4j), "{d[key]}".format(d={"key": "v"}))
print("{:>8}|{:<8}|{:^8}|{:08.3f}|{!r}|{!s:>5}".format("r", "l", "c", 3.14159, "q", 1))
print("{:{width}.{prec}f}".format(2.71828, width=10, prec=2), "{{}} {{{}}}".format(5))
print("{0:,} {0:_b} {1:%}".format(12345678, 0.25))
print("{x}-{y}".format_map({"x": 1, "y": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map(Default(a="A")))
for fmt, args, kw in [("{}{1}", (1, 2), {}), ("{2}", (1,), {}), ("{x}", (), {}), ("{0!z}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0:d}", ("s",), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(format(12, "b"), format("s", ">3"), format(None), format(1.5), format(True, "d"))
