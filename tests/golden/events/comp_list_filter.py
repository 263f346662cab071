# Inlined list comprehension with a filter: its loop and branch events belong to the enclosing function.
def evens(xs):
    return [x * 2 for x in xs if x % 2 == 0]
evens([1, 2, 3, 4])
