# An uncaught SyntaxError from compile() with a file name: location line, source with carets.
source = """
def total(items):
    result = 0
    for item in items:
        result += item
    return result
print(total([1, 2, 3])
value = [1, 2
"""
print("compiling")
compile(source, "numbers.py", "exec")
