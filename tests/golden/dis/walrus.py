import re


def scan(lines):
    out = []
    for line in lines:
        if (m := re.match(r"(\w+)=(\d+)", line)) is not None:
            out.append((m.group(1), int(m.group(2))))
    return out


def loop(data):
    total = 0
    while (n := len(data)) > 0:
        total += data.pop()
    return total, n


def in_comp(values):
    ys = [y for x in values if (y := x * 2) > 2]
    return ys, y


print(scan(["a=1", "bad", "c=30"]), loop([1, 2, 3]), in_comp([1, 2, 3]))
