# Warehouse analytics with itertools/operator/functools: grouping, running totals,
# sliding windows, combinatorics for bundle pricing, tee'd streams, zip_longest merges,
# starmap/compress/filterfalse, sorting with multiple keys (stable), and bisection.
import itertools as it
import operator as op
from functools import reduce, partial, cmp_to_key
from collections import namedtuple, Counter

Item = namedtuple("Item", "sku name category price qty")
STOCK = [Item(f"S{i:03d}", name, cat, price, qty) for i, (name, cat, price, qty) in enumerate([
    ("bolt", "hardware", 0.10, 500), ("nut", "hardware", 0.05, 800), ("hammer", "tools", 12.5, 10),
    ("saw", "tools", 22.0, 4), ("glue", "supplies", 3.25, 40), ("tape", "supplies", 2.0, 0),
    ("drill", "tools", 89.99, 2), ("screw", "hardware", 0.08, 1200), ("brush", "supplies", 4.5, 15),
    ("wrench", "tools", 15.0, 7), ("washer", "hardware", 0.02, 0), ("sander", "tools", 59.0, 1)])]

by_cat = op.attrgetter("category")
for cat, items in it.groupby(sorted(STOCK, key=by_cat), key=by_cat):
    items = list(items)
    value = sum(i.price * i.qty for i in items)
    print(f"{cat:<9} n={len(items)} value={value:9.2f} names={','.join(map(op.attrgetter('name'), items))}")

orders = [("S002", 3), ("S000", 100), ("S007", 250), ("S002", 1), ("S006", 1), ("S004", 12), ("S000", 50)]
running = list(it.accumulate((q for _, q in orders), op.add))
print("running qty:", running, "max so far:", list(it.accumulate((q for _, q in orders), max)))
print("product:", list(it.accumulate([1, 2, 3, 4, 5], op.mul, initial=10)))
demand = Counter()
for sku, q in orders:
    demand[sku] += q
lookup = {i.sku: i for i in STOCK}
short = [(sku, q - lookup[sku].qty) for sku, q in demand.items() if q > lookup[sku].qty]
print("demand:", sorted(demand.items()), "short:", short)

in_stock = list(it.compress(STOCK, (i.qty > 0 for i in STOCK)))
out = list(it.filterfalse(lambda i: i.qty, STOCK))
print(len(in_stock), [i.name for i in out], list(it.takewhile(lambda i: i.price < 20, STOCK))[-1].name,
      next(it.dropwhile(lambda i: i.category != "supplies", STOCK)).name)

tools = [i for i in STOCK if i.category == "tools"]
bundles = []
for k in (2, 3):
    for combo in it.combinations(tools, k):
        total = sum(map(op.attrgetter("price"), combo))
        discounted = round(total * (0.9 if k == 2 else 0.85), 2)
        bundles.append((discounted, tuple(c.name for c in combo)))
bundles.sort()
print(len(bundles), bundles[:3], bundles[-1])
print(list(it.permutations("abc", 2)), len(list(it.combinations_with_replacement(range(4), 3))))
print(list(it.product("xy", range(2))), list(it.starmap(pow, [(2, 5), (3, 2), (10, 0)])))

a, b = it.tee((i.price for i in STOCK), 2)
next(b, None)
deltas = [round(y - x, 2) for x, y in zip(a, b)]
print("deltas:", deltas)
w1 = ["mon", "tue", "wed", "thu"]
w2 = [5, 3]
print(list(it.zip_longest(w1, w2, fillvalue=0)), list(zip(w1, it.cycle("AB"))), list(it.islice(it.cycle(w2), 5)))
print(list(it.chain.from_iterable([[1, 2], (3,), "45"])), list(it.chain("ab", [None], range(2))))
print(list(it.repeat("-", 3)), list(map(pow, range(4), it.repeat(2))), list(it.pairwise("wxyz")))


def price_desc_then_name(x, y):
    if x.price != y.price:
        return -1 if x.price > y.price else 1
    return (x.name > y.name) - (x.name < y.name)


print([i.name for i in sorted(STOCK, key=cmp_to_key(price_desc_then_name))][:5])
multi = sorted(STOCK, key=op.attrgetter("name"))
multi.sort(key=op.attrgetter("category"), reverse=True)
print([(i.category[0], i.name) for i in multi])
print(sorted(STOCK, key=lambda i: (-i.qty, i.sku))[0].name, min(STOCK, key=op.itemgetter(3)).name,
      max(STOCK, key=lambda i: i.price * i.qty).name, sorted([3, 1, 2], reverse=True))
stable = sorted([("b", 2), ("a", 2), ("c", 1), ("d", 1)], key=op.itemgetter(1))
print(stable, sorted("Hello World", key=str.lower), sorted({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get))


def bisect_left(seq, x, key=lambda v: v):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(seq[mid]) < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


prices = sorted(STOCK, key=op.attrgetter("price"))
for budget in (0.05, 3, 20, 100):
    idx = bisect_left(prices, budget, key=op.attrgetter("price"))
    print(f"under {budget:>6}: {[p.name for p in prices[:idx]]}")
get_name_qty = op.itemgetter(1, 4)
upper = op.methodcaller("upper")
print(list(map(get_name_qty, STOCK[:3])), upper("abc"), op.methodcaller("replace", "a", "o")("banana"))
print(reduce(op.or_, [{1}, {2, 3}, {3, 4}]), reduce(op.concat, ["ab", "cd"], ">"), op.contains(STOCK, STOCK[0]))
print(op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.truth([]), op.neg(5), op.invert(5), op.is_(None, None))
scale = partial(map, partial(op.mul, 2))
print(list(scale([1, 2, 3])), op.length_hint(iter(range(7))), op.attrgetter("category", "name")(STOCK[2]))
d = {}
op.setitem(d, "k", 1)
op.iadd(d.setdefault("list", []), [1, 2])
print(d, op.getitem(d, "k"), op.delitem(d, "k"), d, list(it.batched(range(7), 3)))
counts = it.count(1)
labels = dict(zip((i.sku for i in STOCK), counts))
print(labels["S011"], next(counts), [k for k, g in it.groupby("aaabccdd")], [len(list(g)) for k, g in it.groupby("aaabccdd")])
