def fmt(name, value, width, prec):
    a = f"{name}"
    b = f"{name!r} {name!s} {name!a}"
    c = f"{value:>10}"
    d = f"{value:{width}.{prec}f}"
    e = f"{value!r:>{width}}"
    g = f"{name=} {value = :.2f}"
    h = f"{'nested ' + f'{width}'}"
    i = f"{{literal}} {width:#x} {width:08b}"
    return a, b, c, d, e, g, h, i


print(fmt("é", 3.14159, 12, 3))
