# `type X = ...`: TypeAliasType objects with lazily evaluated values.
type Number = int | float
print(type(Number).__name__, Number.__name__, repr(Number), Number.__type_params__)
print(Number.__module__)

type Lazy = Undefined
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
Undefined = "now defined"
print(Lazy.__value__)

count = 0
def bump():
    global count
    count += 1
    return count

type Once = bump()
print(count, Once.__value__, Once.__value__, count)

type Pair[A, B] = tuple
A, B = Pair.__type_params__
print(A.__name__, B.__name__, Pair.__value__ is tuple)

class Box:
    type Inner = Box
    print(Inner.__name__)

print(Box.Inner.__value__ is Box)

try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)


def make():
    type Local[T] = T
    return Local

L = make()
print(L.__name__, L.__type_params__[0].__name__, L.__value__ is L.__type_params__[0])
