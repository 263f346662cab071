# An uncaught ExceptionGroup prints the nested group tree.
def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} bad type")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("several tasks failed", errors + [ExceptionGroup("nested", [KeyError("k")])])
