"""A sales report with grouping, sorting, formatting and a histogram."""

RAW = """\
2024-01-03,north,widget,12,2.50
2024-01-04,south,gadget,3,19.99
2024-01-04,north,gadget,1,19.99
2024-01-10,east,widget,40,2.45
2024-02-01,west,doohickey,7,7.00
2024-02-02,north,widget,5,2.50
2024-02-14,east,gizmo,2,149.00
2024-02-15,south,widget,30,2.40
2024-03-01,west,gadget,6,18.50
2024-03-03,north,gizmo,1,155.00
2024-03-09,east,doohickey,11,6.75
2024-03-21,south,gizmo,1,150.00
bad line here
2024-03-30,west,widget,-3,2.50
2024-03-31,north,widget,abc,2.50
"""

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Sale:
    __slots__ = ("date", "region", "product", "qty", "price")

    def __init__(self, date, region, product, qty, price):
        self.date = date
        self.region = region
        self.product = product
        self.qty = qty
        self.price = price

    @property
    def total(self):
        return self.qty * self.price

    @property
    def month(self):
        return int(self.date.split("-")[1])


def parse(raw):
    sales, errors = [], []
    for lineno, line in enumerate(raw.splitlines(), 1):
        fields = line.split(",")
        try:
            if len(fields) != 5:
                raise ValueError(f"expected 5 fields, got {len(fields)}")
            date, region, product, qty, price = fields
            qty = int(qty)
            if qty <= 0:
                raise ValueError(f"non-positive quantity {qty}")
            sales.append(Sale(date, region, product, qty, float(price)))
        except ValueError as e:
            errors.append((lineno, str(e)))
    return sales, errors


def group_by(items, key):
    out = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def table(rows, headers, aligns):
    cols = list(zip(*([headers] + rows)))
    widths = [max(len(str(c)) for c in col) for col in cols]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [sep]
    def fmt(row):
        return "|" + "|".join(f" {str(c):{a}{w}} " for c, a, w in zip(row, aligns, widths)) + "|"
    out.append(fmt(headers))
    out.append(sep.replace("-", "="))
    for r in rows:
        out.append(fmt(r))
    out.append(sep)
    return "\n".join(out)


sales, errors = parse(RAW)
print(f"{len(sales)} sales, {len(errors)} errors")
for lineno, msg in errors:
    print(f"  line {lineno:>2}: {msg}")

by_region = group_by(sales, lambda s: s.region)
rows = []
for region in sorted(by_region, key=lambda r: -sum(s.total for s in by_region[r])):
    ss = by_region[region]
    rows.append([region, len(ss), sum(s.qty for s in ss), f"{sum(s.total for s in ss):,.2f}",
                 f"{sum(s.total for s in ss) / len(ss):.3f}"])
print(table(rows, ["region", "n", "qty", "revenue", "avg"], ["<", ">", ">", ">", ">"]))

by_month = group_by(sales, lambda s: s.month)
peak = max(sum(s.total for s in v) for v in by_month.values())
for m in sorted(by_month):
    rev = sum(s.total for s in by_month[m])
    bar = "█" * round(rev / peak * 30)
    print(f"{MONTHS[m - 1]} {rev:9.2f} {bar}")

pivot = {}
for s in sales:
    pivot.setdefault(s.product, {}).setdefault(s.region, 0)
    pivot[s.product][s.region] += s.qty
regions = sorted({s.region for s in sales})
rows = [[p] + [pivot[p].get(r, "-") for r in regions] + [sum(pivot[p].values())] for p in sorted(pivot)]
print(table(rows, ["product"] + regions + ["total"], ["<"] + ["^"] * len(regions) + [">"]))
best = sorted(sales, key=lambda s: (s.total, s.date), reverse=True)[:3]
print([(s.date, s.product, round(s.total, 2)) for s in best])
prices = {}
for s in sales:
    prices.setdefault(s.product, []).append(s.price)
for prod, ps in sorted(prices.items()):
    lo, hi = min(ps), max(ps)
    print(f"{prod:<10} {lo:>7.2f} {hi:>7.2f} {(hi - lo) / lo:>7.2%} {sum(ps) / len(ps)!r}")
print(sum(s.total for s in sales), round(sum(s.total for s in sales), 2), f"{sum(s.total for s in sales):e}")
