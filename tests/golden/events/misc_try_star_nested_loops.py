# try/except inside nested loops with break out of the inner loop from the handler.
def f(rows):
    hits = 0
    for row in rows:
        for v in row:
            try:
                hits += 10 // v
            except ZeroDivisionError:
                break
    return hits
f([[1, 0, 5], [2]])
