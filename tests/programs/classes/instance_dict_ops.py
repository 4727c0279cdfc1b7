# vars(), __dict__ manipulation, __class__ assignment and attribute errors.
class A:
    def hello(self):
        return "A"


class B:
    def hello(self):
        return "B"


obj = A()
obj.__dict__["direct"] = 1
print(obj.direct, vars(obj))
obj.__class__ = B
print(obj.hello(), type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    A().nothing
except AttributeError as e:
    print("AttributeError:", e, "| name:", e.name)
try:
    A.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in A.__dict__ if not k.startswith("__")), "hello" in dir(A()))
