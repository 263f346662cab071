print("init mathx", __name__, __package__)
PI = 3.14159
def square(x):
    return x * x
def rounded(x, nd=2):
    from .. import VERSION
    return round(x, nd), VERSION
