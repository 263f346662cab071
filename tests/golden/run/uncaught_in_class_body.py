# An exception raised while executing a class body: the traceback shows a frame named after the class.
def helper():
    return {}["config"]
print("defining")
class Fine:
    value = 1
print(Fine.value)
class Settings:
    debug = False
    value = helper()
print("not reached")
