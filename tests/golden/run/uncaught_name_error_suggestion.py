# An uncaught NameError in the traceback display gets a "Did you mean" suggestion.
def compute(values):
    total = 0
    for v in values:
        total += vals
    return total
try:
    undefined_thing
except NameError as e:
    print("caught:", e, "| name:", e.name)
compute([1, 2])
