# list: mutation methods and their errors.
xs = [3, 1, 4, 1, 5]
xs.append(9); print(xs)
xs.extend([2, 6]); print(xs)
xs.insert(0, 0); xs.insert(-1, 7); xs.insert(100, 8); print(xs)
print(xs.pop(), xs.pop(0), xs.pop(-2), xs)
xs.remove(1); print(xs)
print(xs.index(5), xs.count(1), xs.index(1, 2) if 1 in xs[2:] else "none")
xs.reverse(); print(xs)
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
ys = xs.copy(); ys.clear(); print(xs, ys)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
for op in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3), lambda: [1, "a"].sort()]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
a = [1, 2]
a += (3, 4)
a *= 2
print(a, [0] * 3, [[]] * 2, [1, 2] + [3], a == [1, 2, 3, 4] * 2, [1, 2] < [1, 3], [] < [0])
nested = [[0] * 2 for _ in range(2)]
nested[0][0] = 1
print(nested)
print(list(range(5)), list("abc"), list({1: 2}), list((1, 2)), len([]), repr([1, [2, [3]]]))
