# Defining __eq__ without __hash__ makes instances unhashable; inheriting restores per class.
class OnlyEq:
    def __eq__(self, other):
        return True


class Both:
    def __eq__(self, other):
        return isinstance(other, Both)

    def __hash__(self):
        return 7


class Sub(Both):
    def __eq__(self, other):
        return False


class SubKeep(Both):
    def __eq__(self, other):
        return False

    __hash__ = Both.__hash__


print(OnlyEq.__hash__, hash(Both()), Sub.__hash__, hash(SubKeep()))
for cls in (OnlyEq, Sub):
    try:
        {cls()}
    except TypeError as e:
        print("TypeError:", e)
print(len({Both(), Both()}), len({SubKeep(), SubKeep()}))
