# __context__ and __cause__ chains, including chains built across functions.
def level3():
    raise KeyError("level3")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2") from e


def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1")


try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        via = "cause" if cur.__cause__ is not None else "context"
        chain.append(f"{type(cur).__name__}({cur}) next via {via}")
        cur = cur.__cause__ or cur.__context__
    print("\n".join(chain))
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as final:
    print(type(final).__name__, repr(final.__context__), repr(final.__context__.__context__) if final.__context__ else None)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs with active exception")
except ValueError as e:
    print("context of inner:", e.__context__)
e1 = ValueError("x")
e1.__cause__ = KeyError("manual")
print(repr(e1.__cause__), e1.__suppress_context__)
