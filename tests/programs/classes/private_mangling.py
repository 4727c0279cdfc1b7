# Private name mangling inside class bodies.
class Account:
    __count = 0

    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1

    def owner(self):
        return self.__owner

    @classmethod
    def count(cls):
        return cls.__count

    def __private_method(self):
        return "private"

    def call_private(self):
        return self.__private_method()

    def __dunder__(self):
        return "dunder not mangled"


a = Account("ann")
Account("bob")
print(a.owner(), Account.count(), a.call_private(), a.__dunder__())
print(sorted(k for k in vars(a)), "_Account__count" in Account.__dict__)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__owner)


class Sub(Account):
    def peek(self):
        try:
            return self.__owner
        except AttributeError as e:
            return f"AttributeError: {e}"


print(Sub("cy").peek())


class _Leading:
    def m(self):
        self.__x = 1
        return sorted(vars(self))


class __Dunder:
    def m(self):
        self.__y = 2
        return sorted(vars(self))


print(_Leading().m(), __Dunder().m())


class Names:
    def f(self):
        __local = "mangled local"
        return sorted(locals())

    def g(self, __arg="mangled param"):
        return __arg

    import sys as __sys_alias
    got = [__sys_alias.__name__ for _ in range(1)] if False else None


print(Names().f(), Names().g(), Names.g.__code__.co_varnames, "_Names__sys_alias" in Names.__dict__)
