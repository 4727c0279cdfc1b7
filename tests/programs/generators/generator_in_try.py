# Yield inside try/except/finally/with and exceptions that cross yields.
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def g():
    with CM():
        try:
            yield "in try"
            raise ValueError("after yield")
        except ValueError as e:
            yield f"caught {e}"
        else:
            yield "else"
        finally:
            yield "in finally"
    yield "after with"


print(list(g()))


def exc_state():
    try:
        raise KeyError("outer")
    except KeyError:
        yield "inside except"
        import sys
        yield repr(sys.exception())


gen = exc_state()
print(next(gen))
import sys
print("outside:", sys.exception())
print(next(gen))


def finally_on_gc_style_close():
    try:
        yield 1
    finally:
        print("finally runs on close")


f = finally_on_gc_style_close()
next(f)
f.close()
