# _operator functions, itemgetter/attrgetter/methodcaller (dotted names, reprs), argument errors.
import _operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul('a', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(3), op.pos(-3), op.abs(-4), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(256, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.index(7))
print(op.is_(None, None), op.is_not(1, None), op.is_none(None), op.is_not_none(0))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge([1], [2]))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.concat([1], [2]), op.concat('a', 'b'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, slice(0, 1)), op.getitem({'k': 'v'}, 'k'))
a = [1]; b = op.iadd(a, [2]); print(a, b is a, op.iadd(1, 2), op.imul('ab', 2), op.iconcat([1], (2,)), op.ipow(2, 3))
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(5, 9), op.call(max, 3, 9, key=lambda v: -v))
class C:
    pass
c = C(); c.a = C(); c.a.b = 7; c.n = 1
print(op.attrgetter('a.b', 'n')(c), op.attrgetter('a.b')(c), op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(op.itemgetter(1)('xyz'), op.itemgetter(0, -1)([4, 5, 6]), op.itemgetter('k')({'k': 1}))
print(op.itemgetter(1, 'a'), op.attrgetter('a.b', 'c'), op.methodcaller('f', 1, k=2), op.methodcaller('g'))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(0, 1)), list(map(op.methodcaller('upper'), 'ab')))
for f in [lambda: op.add(1), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2), lambda: op.length_hint(1, 'a'),
          lambda: op.attrgetter('a.b')(1), lambda: op.methodcaller(1), lambda: op.methodcaller(), lambda: op.itemgetter(),
          lambda: op.attrgetter(1), lambda: op.itemgetter(5)([1]), lambda: op.itemgetter(1)(), lambda: op.neg('a'),
          lambda: op.itemgetter(1, x=2)]:
    try:
        print(f())
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
