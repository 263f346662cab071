# Common uncaught TypeErrors from calls: missing argument in a method reports the qualified name.
class Greeter:
    def greet(self, name, punctuation):
        return f"Hello {name}{punctuation}"
g = Greeter()
print(g.greet("a", "!"))
try:
    g.greet()
except TypeError as e:
    print("caught:", e)
print(g.greet("b"))
