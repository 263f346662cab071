# Uncaught AssertionError from a method called through several frames, including a class body-defined helper.
class Stack:
    def __init__(self):
        self.items = []
    def pop(self):
        assert self.items, "pop from empty stack"
        return self.items.pop()
def drain(s, n):
    return [s.pop() for _ in range(n)]
s = Stack()
s.items.extend([1, 2])
print(drain(s, 2))
drain(s, 1)
