# Nested comprehension loops.
def grid(n):
    return [(i, j) for i in range(n) for j in range(i)]
grid(3)
