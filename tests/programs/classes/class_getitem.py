# __class_getitem__ and generic aliases of builtin types.
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"


print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
alias = list[int]
print(alias.__origin__, alias.__args__, alias([1, 2]), isinstance([1], list))


class Sub(Box):
    pass


print(Sub[float])


class NotGeneric:
    pass


try:
    NotGeneric[int]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, item):
        return f"Meta.__getitem__ {item}"


class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "never used"


print(WithMeta[0])
