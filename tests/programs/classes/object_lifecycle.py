# __new__ and __init__: singletons, immutable subclasses, and returning other types.
class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, v):
        print("init with", v)
        self.v = v


a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))


class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))

    def __repr__(self):
        return f"Positive({int(self)})"


print(Positive(-5), Positive(-5) + 1, [Positive(-2)])


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")


print(Other())


class InitReturns:
    def __init__(self):
        return None


print(type(InitReturns()).__name__)


class BadInit:
    def __init__(self):
        return 1


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
