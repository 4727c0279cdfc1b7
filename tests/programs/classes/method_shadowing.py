# Method loads stay right when an instance dict gains, loses or fills up keys after the load
# site has been cached; descriptors applied to the wrong receiver; loads that miss after a
# local load.
class A:
    def m(self):
        return "class m"

    def n(self):
        return "class n"


def call_m(o):
    return o.m()


a = A()
print([call_m(a) for _ in range(3)])
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))
a.m = lambda: "again"
print(call_m(a))
a.__dict__.clear()
print(call_m(a))

# Many keys in the instance dict (every hash bit likely set), none of them the method's name.
b = A()
for i in range(200):
    setattr(b, f"k{i}", i)
print(call_m(b), b.k7, b.k199)
b.n = lambda: "instance n"
print(b.n(), A.n(b))


# A key equal to the name but set through the dict directly.
c = A()
c.__dict__["m"] = lambda: "via __dict__"
print(call_m(c))


class S:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


print(S().a)
try:
    S.a.__get__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    S.a.__set__(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    S().b
except AttributeError as e:
    print("AttributeError:", e)


def attr_of(o):
    return o.value


class V:
    def __init__(self, v):
        self.value = v


print([attr_of(V(i)) for i in range(3)])
try:
    attr_of(object())
except AttributeError as e:
    print("AttributeError:", e)


# not on bools and on other values
for x in [True, False, 0, 1, "", "x", None, [], [0]]:
    print(not x, end=" ")
print()
