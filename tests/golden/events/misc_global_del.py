# global assignment and del statements.
counter = 0
def bump():
    global counter
    counter += 1
    tmp = counter
    del tmp
bump()
bump()
del counter
