import annotationlib


def f(a: int, b: "str" = "x", *args: float, c: list[int], **kw: dict) -> bool:
    return True


x: int = 5
y: "Undefined"


class C:
    attr: int
    other: list[C] = []

    def method(self, v: C) -> None:
        pass


print(f.__annotations__)
print(annotationlib.get_annotations(C, format=annotationlib.Format.STRING))
print(annotationlib.get_annotations(C.method))
print(__annotate__(annotationlib.Format.FORWARDREF) if False else "module")
