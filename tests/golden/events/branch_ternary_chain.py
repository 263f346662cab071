# Conditional expressions (nested) and chained comparisons.
def grade(x):
    return "A" if x > 90 else "B" if x > 80 else "C"
def between(x):
    return 0 < x < 10
for v in (95, 85, 50):
    grade(v)
between(5)
between(20)
