# throw() and close(): exceptions injected at the paused yield, GeneratorExit and cleanup.
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled ValueError:", e)
            yield "recovered"
        finally:
            print("finally in loop")


g = resilient()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
g.close()
print("closed")


def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup done")


c = cleanup()
next(c)
c.close()
c.close()
print(list(c))


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"


bad = ignores_exit()
next(bad)
try:
    bad.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def not_started():
    print("never printed")
    yield


ns = not_started()
ns.close()
try:
    next(ns)
except StopIteration:
    print("closed before start: StopIteration")
g2 = cleanup()
try:
    g2.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError propagates from unstarted generator:", e)


def uncaught():
    yield 1


u = uncaught()
next(u)
try:
    u.throw(TypeError("typed"))
except TypeError as e:
    print("TypeError:", e)


def returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "returned after throw"


r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as e:
    print("StopIteration value:", e.value)
