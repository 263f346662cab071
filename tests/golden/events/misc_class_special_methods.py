# __iter__/__next__ protocol on a Python class used by a for loop (Python called from FOR_ITER).
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
for v in Count(2):
    pass
