# Decorators: plain, stacked, with arguments, on classes, and evaluation order.
def trace(fn):
    print("decorating", fn.__name__)

    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        return fn(*args, **kwargs)
    wrapper.__name__ = "wrapped_" + fn.__name__
    return wrapper


def tag(label):
    print("making tag", label)

    def deco(fn):
        print("applying tag", label, "to", fn.__name__)
        fn.label = getattr(fn, "label", ()) + (label,)
        return fn
    return deco


@trace
def add(a, b):
    return a + b


print(add(1, 2), add.__name__)


@tag("outer")
@tag("inner")
def tagged():
    return "tagged"


print(tagged(), tagged.label)


@trace
@tag("t")
def both(x):
    return x * 2


print(both(21))


def register(cls):
    cls.registered = True
    return cls


@register
class Thing:
    pass


print(Thing.registered)
registry = {}


@(lambda f: registry.setdefault(f.__name__, f))
def expression_decorator():
    return "from registry"


print(registry["expression_decorator"]())
decorators = [tag("list0"), tag("list1")]


@decorators[1]
def indexed():
    pass


print(indexed.label)


def replace(_):
    return 42


@replace
def gone():
    pass


print(gone)
