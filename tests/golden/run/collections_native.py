# deque and defaultdict from the native _collections module; reduce from _functools; _operator helpers.
from _collections import deque, defaultdict
from _functools import reduce
import _operator as op
dq = deque([1, 2, 3])
dq.append(4); dq.appendleft(0)
print(dq, dq.pop(), dq.popleft(), dq, len(dq), dq[0], dq[-1])
dq.extend("ab"); dq.extendleft("yz"); print(dq)
dq.rotate(2); print(dq)
dq.rotate(-3); print(dq)
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9); print(bounded)
print(deque("abc") == deque("abc"), list(reversed(deque([1, 2]))), deque().count(1), deque([1, 1, 2]).count(1))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd["z"], len(dd), dd.default_factory)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(op.add, ["a", "b", "c"]), reduce(op.add, [], 0))
try:
    reduce(op.add, [])
except TypeError as e:
    print("TypeError:", e)
print(op.itemgetter(1)([5, 6]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3 + 4j), op.methodcaller("upper")("x"))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(1)), op.mul(6, 7), op.neg(3), op.contains([1], 1), op.index(5))
