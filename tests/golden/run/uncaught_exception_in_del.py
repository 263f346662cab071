# An exception in __del__ is not propagated: "Exception ignored" is printed to stderr and execution continues.
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
del b
print("still running")
class Fine:
    def __del__(self):
        print("Fine.__del__ ran")
f = Fine()
f = 1
print("end")
