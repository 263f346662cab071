print("loading _counter_mod")
count = 0
def bump():
    global count
    count += 1
    return count
