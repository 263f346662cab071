# super().attr where attr is a property: C_RETURN of super comes before the
# getter runs; super().method() with arguments.
class Base:
    @property
    def size(self):
        return 3
    def scale(self, k):
        return k * 2
class Sub(Base):
    @property
    def size(self):
        return super().size + 1
    def scale(self, k):
        return super().scale(k) + super(Sub, self).scale(1)
s = Sub()
print(s.size, s.scale(5))
