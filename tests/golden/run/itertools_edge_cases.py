# itertools edge cases: islice argument errors, groupby's shared iterator, tee, reprs, empty combinatorics.
import itertools as it
print(it.count(2.5), it.count(1, 2), it.count(0, 1.0), it.repeat('a'), it.repeat(1, -1), it.repeat(None, 2))
print(list(it.islice('abcdefg', 2, None)), list(it.islice('abc', None)), list(it.islice(it.count(), 1, 10, 3)))
for args in [("abc",), ("abc", -1), ("abc", 'x'), ("abc", 1, 2, 0), ("abc", -2, 3), ("abc", 1, 2, 3, 4), ("abc", None, None, None)]:
    try:
        print(list(it.islice(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
g = it.groupby('aabbbc')
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([(k, list(v)) for k, v in it.groupby([])], [k for k, _ in it.groupby('aabba')])
a, b, c = it.tee(range(100), 3)
print(sum(a), list(b)[-1], next(c), it.tee('x', 0), type(a).__name__)
d, e = it.tee(iter([1, 2, 3]))
print(next(d), list(e), list(d))
print(list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.combinations('abc', 0)))
print(list(it.product()), list(it.product('ab', [])), list(it.product('ab', repeat=0)), list(it.accumulate([], initial=1)))
print(list(it.zip_longest()), list(it.zip_longest([1], fillvalue=0)), list(it.batched('abcde', 2)))
print(list(it.combinations_with_replacement(range(3), 2)), list(it.combinations_with_replacement([], 0)), list(it.combinations_with_replacement([], 1)))
for f in [lambda: it.count('a'), lambda: it.batched('a', 0), lambda: it.combinations('a', -1), lambda: it.permutations('a', 'x'),
          lambda: it.product('a', repeat=-1), lambda: it.cycle(), lambda: it.pairwise([], 2), lambda: it.tee([], -1),
          lambda: it.chain(x=1), lambda: it.zip_longest(a=1), lambda: list(it.batched('abc', 2, strict=True))]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(list(it.chain.from_iterable(['ab', 'cd'])), list(it.starmap(max, [[1, 2], (3, 0)])), type(it.chain()).__name__)
print(list(it.takewhile(bool, [1, 0, 1])), list(it.dropwhile(bool, [1, 0, 1])), list(it.compress(range(5), [1, 0, 1])))
print(list(it.pairwise([1])), list(it.pairwise([])), list(it.cycle([])), list(it.filterfalse(bool, [0, 1, '', 'a'])))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')), list(it.accumulate([1, 2, 3], initial=None)))
r = it.repeat(7, 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), r)
c = it.count(10, -2)
print([next(c) for _ in range(3)], c)
print(it.chain.__name__, it.islice.__name__, it.groupby.__name__)
