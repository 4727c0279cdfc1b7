# __init_subclass__ with keyword arguments, and __set_name__ for descriptors.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry), Gamma.plugin_name)
try:
    class Bad(Plugin, unexpected=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<{self.name} unset>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


class Record:
    first = Field()
    second = Field()


r = Record()
r.first = 1
print(r.first, r.second, Record.first.name)
f = Field()
Record.late = f
print(hasattr(f, "name"))
