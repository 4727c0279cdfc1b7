# __del__ runs when the last reference goes, as reference counting decides.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
b = a
del a
print("a still referenced")
del b
print("after b")
x = Noisy("x")
x = Noisy("y")
print("rebound")
items = [Noisy("in list 1"), Noisy("in list 2")]
items = None
print("list dropped")
def scope():
    local = Noisy("local")
    print("leaving scope")
scope()
print("scope done")
class Child(Noisy):
    pass
Child("child")
print("temporary gone")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved), type(Resurrect.saved[0]).__name__)
class Raising:
    def __del__(self):
        raise ValueError("ignored")
print("end")
