# itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, groupby, islice, starmap, tee, zip_longest, product, permutations, combinations, pairwise, batched.
import itertools as it
print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable([[1], [2, 3]])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 0, 2])))
print([(k, list(g)) for k, g in it.groupby("aaabbca")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice(range(10), 2, 8, 2)), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")), len(list(it.product(range(3), range(4)))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.pairwise("abcd")), list(it.batched(range(7), 3)))
try:
    list(it.batched("abcd", 3, strict=True))
except ValueError as e:
    print("ValueError:", e)
c = it.count()
print(next(c), next(c), repr(c), repr(it.repeat(1, 2)))
