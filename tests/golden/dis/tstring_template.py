from string.templatelib import Template, Interpolation


def render(t):
    parts = []
    for item in t:
        if isinstance(item, Interpolation):
            parts.append(f"[{item.expression}={item.value!r}:{item.format_spec}]")
        else:
            parts.append(item)
    return "".join(parts)


name = "world"
n = 42
t1 = t"hello {name}"
t2 = t"{n:>5} and {name!r} {n + 1 = }"
t3 = t"plain"
t4 = t"{name}" t" and {n:{n}}"
print(type(t1) is Template, render(t1), render(t2), render(t3), render(t4))
print(t2.strings, t2.values)
