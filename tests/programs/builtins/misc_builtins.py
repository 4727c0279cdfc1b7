# bin/oct/hex, callable, id-free checks, type(), vars, dir on classes, globals in functions.
print(bin(10), oct(10), hex(10), bin(-10), hex(2 ** 70), oct(0))
print(type(1), type("x"), type(type), type(None).__name__, type(print).__name__, type(len).__name__)
NewType = type("NewType", (object,), {"attr": 1})
print(NewType.__name__, NewType.attr, NewType().attr, type(NewType).__name__)


class C:
    class_attr = 1

    def method(self):
        pass


print([n for n in dir(C) if not n.startswith("__")], "class_attr" in vars(C))
print(callable(print), callable(C), callable(C()), callable(None), callable(lambda: 0))
print(ascii("Ω"), format(65, "c"), chr(65), repr(chr(0)), bool([]), bool([[]]))
print(list(map(pow, [2, 3], [3, 2])), list(zip(range(3), "abc", [True] * 3)))
print(divmod(7, 2), pow(7, 2), abs(-7), round(7.5), max(7, 2), min(7, 2), sum([7, 2]))
print(all(isinstance(x, int) for x in [1, True]), any(isinstance(x, str) for x in [1, True]))
print(issubclass(type(NotImplemented), object), NotImplemented.__class__.__name__)
print(object.__name__, object.__bases__, type.__bases__, len(object.__subclasses__()) > 10)
