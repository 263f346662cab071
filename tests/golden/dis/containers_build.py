def build(a, b, c):
    t = (a, b, c)
    l = [a, b, c]
    s = {a, b, c}
    d = {"a": a, "b": b, c: 3}
    const_t = (1, 2, 3)
    const_l = [1, 2, 3]
    const_s = {1, 2, 3}
    const_d = {"x": 1, "y": 2}
    spread_l = [*l, *t, a]
    spread_t = (*l, b)
    spread_s = {*s, *l}
    spread_d = {**d, "z": 0, **const_d}
    empty = ((), [], {}, set())
    return t, l, s, d, const_t, const_l, const_s, const_d, spread_l, spread_t, spread_s, spread_d, empty


print(build(1, 2, 3))
