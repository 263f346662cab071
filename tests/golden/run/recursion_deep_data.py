# Recursion over deeply nested data (depth 300) stays within the default recursion limit.
def nest(n):
    v = []
    for _ in range(n):
        v = [v]
    return v
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
def depth_plain(x):
    if not x:
        return 1
    return 1 + depth_plain(x[0])
d = nest(300)
print(depth_plain(d), depth(nest(100)))
def sum_tree(t):
    if isinstance(t, int):
        return t
    return sum(sum_tree(c) for c in t)
tree = 1
for i in range(50):
    tree = [tree, i, [i, [i]]]
print(sum_tree(tree))
def count_down(n):
    return n if n == 0 else count_down(n - 1)
print(count_down(400))
