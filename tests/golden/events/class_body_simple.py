# A class statement: __build_class__ is a CALL; the class body is its own code object.
class A:
    x = 1
    def m(self):
        return self.x
class B(A):
    y = 2
a = B()
a.m()
