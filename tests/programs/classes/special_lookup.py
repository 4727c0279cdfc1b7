# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self):
        return 1

    def __repr__(self):
        return "C-repr"


c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())


class Meta(type):
    def __len__(cls):
        return 42

    def __repr__(cls):
        return f"<class via Meta {cls.__name__}>"


class WithMeta(metaclass=Meta):
    pass


print(len(WithMeta), repr(WithMeta), WithMeta)


class Iterable:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


print(list(Iterable()), 4 in Iterable(), [x for x in Iterable()])


class Hashy:
    def __eq__(self, other):
        return True


print(Hashy.__hash__ is None)
