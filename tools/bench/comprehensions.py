# Comprehensions: list/dict/set comprehensions, nested loops, conditions, generator expressions.
def run(n):
    total = 0
    for rep in range(25):
        squares = [x * x for x in range(n)]
        evens = [x for x in squares if x % 2 == 0]
        pairs = [(i, j) for i in range(120) for j in range(i) if (i + j) % 7 == 0]
        table = {i: i % 97 for i in range(n // 2)}
        uniq = {v for v in table.values()}
        matrix = [[i * j for j in range(60)] for i in range(60)]
        total += len(evens) + len(pairs) + len(uniq) + sum(sum(row) for row in matrix) + sum(x for x in evens if x % 3)
    return total
print(run(40000))
