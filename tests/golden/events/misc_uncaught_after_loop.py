# An uncaught exception in module code after a loop: the recorder reports UNCAUGHT, exit status 1.
total = 0
for i in range(2):
    total += i
raise LookupError("done", total)
