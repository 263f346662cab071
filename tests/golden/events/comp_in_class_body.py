# A comprehension inside a class body.
class Table:
    rows = [i * 10 for i in range(3)]
    size = len(rows)
