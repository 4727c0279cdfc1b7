"""Abstract base classes: ABCMeta, ABC, abstractmethod and their helpers."""


def abstractmethod(funcobj):
    """Marks a method as abstract: a class with any such method left cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack classmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack staticmethod on abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack property on abstractmethod)."""

    __isabstractmethod__ = True


# Bumped whenever a class is registered anywhere: negative caches older than it are stale.
_registration_version = 0


def get_cache_token():
    """The current version of the ABC registrations; it changes on every register()."""
    return _registration_version


class _AbcState:
    __slots__ = ('registry', 'positive', 'negative', 'negative_version')

    def __init__(self):
        self.registry = set()
        self.positive = set()
        self.negative = set()
        self.negative_version = _registration_version


def _compute_abstracts(cls, namespace_items, bases):
    found = set()
    for name, value in namespace_items:
        if getattr(value, "__isabstractmethod__", False):
            found.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                found.add(name)
    return frozenset(found)


class ABCMeta(type):
    """The metaclass of abstract base classes: classes may be registered as virtual subclasses,
    and a class with abstract methods left cannot be instantiated."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items(), bases)
        cls._abc_impl = _AbcState()
        return cls

    def register(cls, subclass):
        """Registers `subclass` as a virtual subclass of this ABC; returns it (a decorator)."""
        global _registration_version
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _registration_version += 1
        return subclass

    def __instancecheck__(cls, instance):
        state = cls._abc_impl
        klass = instance.__class__
        if klass in state.positive:
            return True
        kind = type(instance)
        if kind is klass:
            if state.negative_version == _registration_version and klass in state.negative:
                return False
            return cls.__subclasscheck__(klass)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(kind)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        state = cls._abc_impl
        if subclass in state.positive:
            return True
        if state.negative_version < _registration_version:
            state.negative = set()
            state.negative_version = _registration_version
        elif subclass in state.negative:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            if not isinstance(verdict, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            (state.positive if verdict else state.negative).add(subclass)
            return verdict
        if cls in getattr(subclass, '__mro__', ()):
            state.positive.add(subclass)
            return True
        for registered in state.registry:
            if issubclass(subclass, registered):
                state.positive.add(subclass)
                return True
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                state.positive.add(subclass)
                return True
        state.negative.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Prints the ABC's registry and caches (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        state = cls._abc_impl
        print(f"_abc_registry: {state.registry!r}", file=file)
        print(f"_abc_cache: {state.positive!r}", file=file)
        print(f"_abc_negative_cache: {state.negative!r}", file=file)
        print(f"_abc_negative_cache_version: {state.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers of the subclass checks."""
        cls._abc_impl.positive.clear()
        cls._abc_impl.negative.clear()


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__` after abstract methods were added or implemented
    after its creation; returns `cls`."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items(), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper base class whose metaclass is ABCMeta."""

    __slots__ = ()
