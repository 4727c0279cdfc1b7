import contextlib, sys
from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, redirect_stderr, ContextDecorator, AbstractContextManager

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def ignore_throw():
    try:
        yield
    except Exception:
        yield
try:
    with ignore_throw(): raise ValueError
except RuntimeError as e: print(e)
@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3), f(4), f.__name__)
print(tag.__name__, tag.__wrapped__.__name__)
@contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration("stop")
except StopIteration as e: print("StopIteration", e)
with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("v")
except ValueError as e: print("not suppressed", e)
try:
    with suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e: print(repr(e))
with suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
print("group suppressed")
with nullcontext(5) as v: print("null", v)
with nullcontext() as v: print("null", v)
class Thing:
    def close(self): print("closed")
with closing(Thing()) as th: print(type(th).__name__)
class Out:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
    def flush(self): pass
o = Out()
with redirect_stdout(o):
    print("hidden", 1)
print(o.data)
e = Out()
with redirect_stderr(e) as target:
    print("to err", file=sys.stderr)
print(e.data, target is e)
with ExitStack() as stack:
    for n in ("a", "b", "c"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1, sep="-")
    print("body")
def cb_exit(*args):
    print("exit cb", args[0].__name__ if args[0] else None)
    return True
with ExitStack() as stack:
    stack.push(cb_exit)
    raise ZeroDivisionError
print("suppressed by push")
with ExitStack() as stack:
    stack.callback(print, "never run")
    moved = stack.pop_all()
print("popped")
moved.close()
def raiser(exc):
    def cb(*a):
        raise exc
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("first")))
        stack.push(raiser(ValueError("second")))
        raise IndexError("body")
except Exception as exc:
    chain = []
    while exc is not None:
        chain.append(repr(exc))
        exc = exc.__context__
    print(chain)
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e: print(e)
print(isinstance(ExitStack(), AbstractContextManager), isinstance(Thing(), AbstractContextManager))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return None
print(isinstance(CM(), AbstractContextManager), issubclass(CM, AbstractContextManager), issubclass(int, AbstractContextManager))
class MyDeco(ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco", exc[0])
        return False
@MyDeco()
def g():
    print("in g")
g()
class Res(AbstractContextManager):
    def __exit__(self, *a):
        print("res exit")
with Res() as r: print(type(r).__name__)
try:
    AbstractContextManager()
except TypeError as e: print("TypeError")
