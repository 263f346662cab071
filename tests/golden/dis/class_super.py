class Base:
    def __init__(self, name):
        self.name = name

    def greet(self, who):
        return f"{self.name} greets {who}"

    @classmethod
    def make(cls):
        return cls("made")


class Child(Base):
    def __init__(self, name):
        super().__init__(name.upper())
        self.extra = True

    def greet(self, who):
        return super().greet(who) + "!"

    @classmethod
    def make(cls):
        obj = super().make()
        return obj

    def explicit(self):
        return super(Child, self).greet("x")


c = Child("ann")
print(c.greet("bob"), Child.make().name, c.explicit())
