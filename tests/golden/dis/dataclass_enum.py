import dataclasses
import enum


@dataclasses.dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = dataclasses.field(default=(), compare=False)

    def bump(self):
        return dataclasses.replace(self, minor=self.minor + 1)


class Color(enum.IntEnum):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = 10


v = Version(1).bump()
print(v, v < Version(2), list(Color), Color(10).name, Color.RED + 1)
