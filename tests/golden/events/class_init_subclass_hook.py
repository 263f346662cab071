# __init_subclass__ and __set_name__ run during class creation (Python called from C: no CALL events).
class Field:
    def __set_name__(self, owner, name):
        self.name = name
class Base:
    def __init_subclass__(cls, **kw):
        cls.registered = True
class Child(Base):
    f = Field()
