"""Word statistics using only itertools and the native _collections/_functools/_operator."""
import itertools
import _collections
import _functools
import _operator

TEXT = """the cat sat on the mat the dog sat on the log
a bird in the hand is worth two in the bush
the early bird catches the worm but the second mouse gets the cheese"""

counts = {}
_collections._count_elements(counts, TEXT.split())
top = sorted(counts.items(), key=_operator.itemgetter(1, 0), reverse=True)[:6]
print(top)
by_len = _collections.defaultdict(list)
for w in sorted(set(TEXT.split())):
    by_len[len(w)].append(w)
print(sorted(by_len.items())[:4], by_len.default_factory.__name__, 99 in by_len)
od = _collections.OrderedDict()
for w in TEXT.split():
    od[w] = od.get(w, 0) + 1
    od.move_to_end(w)
print(list(od)[:8], od.popitem(), od.popitem(last=False))
window = _collections.deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 7, 3]:
    window.append(x)
    sums.append(sum(window))
print(sums, window, window.index(8), window.count(3))
d = _collections.deque("abcdef")
d.rotate(-2)
d.extendleft("xy")
print(d, d.pop(), d.popleft(), len(d), d[2], d[-1])
d.remove("e")
d.reverse()
print(d, d.copy() == d, d * 2 if len(d) < 4 else list(d)[:3])
mul = _functools.partial(_operator.mul, 3)
print(mul(14), _functools.reduce(_operator.add, map(mul, range(5))), _functools.reduce(max, [3, 9, 2], 0))
key = _functools.cmp_to_key(lambda a, b: (a[1] > b[1]) - (a[1] < b[1]) or (a[0] < b[0]) - (a[0] > b[0]))
print(sorted([("x", 2), ("y", 1), ("z", 2), ("w", 1)], key=key))
get_len = _operator.methodcaller("__len__")
print(max(TEXT.split(), key=get_len), _operator.attrgetter("real", "imag")(3 + 4j), _operator.concat([1], [2]))
print(_operator.iadd([1], [2]), _operator.getitem("abc", 1), _operator.is_(None, None), _operator.countOf([1, 1, 2], 1), _operator.indexOf("abc", "c"))
lines = TEXT.splitlines()
for i, (a, b) in enumerate(itertools.pairwise(lines)):
    common = sorted(set(a.split()) & set(b.split()))
    print(i, common)
words = TEXT.split()
for k, g in itertools.groupby(sorted(words, key=len), key=len):
    g = list(g)
    print(k, len(g), sorted(set(g))[:4])
print(list(itertools.accumulate(map(len, words)))[-3:], list(itertools.batched(words[:7], 3)))
print([''.join(p) for p in itertools.permutations("abc")], list(itertools.combinations(range(4), 3)))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.compress(words, itertools.cycle([1, 0])))[:5])
print(list(itertools.starmap(_operator.pow, zip(range(5), itertools.repeat(2)))), next(itertools.count(3, 0.5)))
print(list(itertools.zip_longest(range(3), "ab", fillvalue=None)), list(itertools.product([0, 1], repeat=3))[5])
it1, it2 = itertools.tee(itertools.takewhile(lambda w: w != "dog", words))
print(list(it1), len(list(it2)), list(itertools.dropwhile(lambda w: w != "worm", words)))
print(list(itertools.chain("ab", [1], (None,))), list(itertools.filterfalse(str.isalpha, ["a", "1", "b2"])))
