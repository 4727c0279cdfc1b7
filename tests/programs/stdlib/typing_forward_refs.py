# Strings given where typing expects a type become ForwardRef (typing._type_convert).
from typing import TypeVar, Union, Unpack, List, Dict, Generic, ForwardRef, Optional

T = TypeVar("T", bound="int")
print(repr(T.__bound__), type(T.__bound__).__name__)

# TypeVar constraints are kept as given in 3.12 (no type check)
for c in [(1, 2), ("int", "str"), ((int, str), int), (None, int), ("int", None)]:
    try:
        V = TypeVar("V", *c)
        print(V.__constraints__)
    except Exception as e:
        print(type(e).__name__, e)

print(Union["int", str])
print(Union["int", "int"])
print(Union[ForwardRef("int"), "int"])
print(Optional["int"])
print(T | "int")
print("int" | T)
print(List[T]["int"])
print(Dict[str, T]["X"].__args__)
print(List[T][None])

S = TypeVar("S")

class G(Generic[S]):
    pass

print(G["int"])
print(G["int"].__args__[0] == ForwardRef("int"))
print(Unpack["int"])

for bad in [lambda: int | "str", lambda: TypeVar("W", bound="1 +"), lambda: Union["1 +"],
            lambda: Generic["S"], lambda: TypeVar("W", bound=(int,))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
