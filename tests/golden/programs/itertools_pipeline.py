"""Data crunching with itertools, functools and operator."""
import itertools as it
import functools
import operator
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple

Row = namedtuple("Row", "city year temp")
rows = [Row(c, y, t) for c, y, t in [
    ("oslo", 2020, 4.1), ("oslo", 2021, 3.2), ("rome", 2020, 17.5), ("rome", 2021, 18.1),
    ("lima", 2020, 19.0), ("lima", 2021, 18.7), ("oslo", 2022, 5.0), ("rome", 2022, 18.9)]]
rows.sort(key=operator.attrgetter("city", "year"))
for city, grp in it.groupby(rows, key=operator.attrgetter("city")):
    temps = [r.temp for r in grp]
    print(f"{city:5} n={len(temps)} mean={sum(temps) / len(temps):.2f} max={max(temps)}")
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])), list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, None, 2)))
print(list(it.combinations("abcd", 2)), len(list(it.permutations(range(5), 3))), list(it.product("ab", repeat=2)))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("x", 3)), list(it.filterfalse(None, [0, 1, 0, 2])))
print(list(it.pairwise("abcd")), list(it.batched(range(7), 3)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), [list(g) for k, g in it.groupby("aaabbc")], list(it.cycle("xy") and it.islice(it.cycle("xy"), 5)))
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4], 1))
double = functools.partial(operator.mul, 2)
print(double(21), double.args, list(map(double, [1, 2])), operator.itemgetter(1, 0)("ab"), operator.methodcaller("upper")("q"))


@functools.lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print(partitions(60, 60), partitions.cache_info().hits > 0)


@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"), Version("1.0") > Version("1.0"))


def compare(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=functools.cmp_to_key(compare)))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0)
dq.append(9)
dq.rotate(1)
print(dq, dq.popleft(), list(reversed(dq)), dq.maxlen)
dd = defaultdict(list)
for word in "the quick brown fox jumps over the lazy dog the end".split():
    dd[len(word)].append(word)
print(sorted(dd.items()), dd[99], len(dd))
cnt = Counter("mississippi")
print(cnt.most_common(3), cnt["z"], sorted(cnt.elements())[:5], cnt + Counter("ss"), cnt.total())
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.popitem(last=False)
print(list(od), od)
r = Row("x", 1, 2.0)
print(r, r._asdict(), r._replace(temp=3), Row._fields, r[0], r.city, tuple(r))
print(sorted(rows, key=operator.itemgetter(2))[0], min(rows, key=lambda r: (r.year, -r.temp)))
print(list(map(operator.neg, [1, -2])), operator.contains([1, 2], 2), operator.index(7), operator.truediv(7, 2), operator.floordiv(7, 2))
