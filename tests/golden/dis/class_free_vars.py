def make_class(value):
    hidden = value * 2

    class Inner:
        attr = value
        other = hidden + 1

        def method(self):
            return value, hidden

    return Inner


def class_shadow():
    x = "function"

    class C:
        x = "class"
        y = x

        def m(self):
            return x

    return C.y, C().m()


K = make_class(5)
print(K.attr, K.other, K().method(), class_shadow())
