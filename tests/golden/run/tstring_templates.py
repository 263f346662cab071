# Template strings (PEP 750, t"..."): strings, interpolations, conversions and format specs kept unevaluated.
name = "World"
value = 3.14159
t = t"Hello {name}! pi={value:.2f} repr={name!r} {{literal}}"
print(type(t).__name__, t.strings)
print(t.values)
for i in t.interpolations:
    print(repr(i.value), i.expression, i.conversion, repr(i.format_spec))
def render(tmpl):
    out = []
    for part in tmpl:
        if isinstance(part, str):
            out.append(part)
        else:
            v = part.value
            if part.conversion == "r":
                v = repr(v)
            out.append(format(v, part.format_spec))
    return "".join(out)
print(render(t))
empty = t""
print(empty.strings, empty.values)
both = t"a{1}" + t"b{2}"
print(both.strings, both.values)
print(list(t"x{name}y"))
