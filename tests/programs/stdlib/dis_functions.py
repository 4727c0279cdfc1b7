# dis.dis and friends on functions, methods, generators, coroutines and classes: the listing
# CPython 3.12 prints (code objects that would show addresses are avoided or masked).
import dis
import io


def masked(x, **kw):
    """The listing of dis.dis(x), with code object addresses masked."""
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    parts = out.getvalue().split(" at 0x")
    text = parts[0]
    for p in parts[1:]:
        text += " at ADDR" + p[p.index(","):]
    return text


def arith(a, b=2, *args, k=3, **kw):
    x = a + b * 2 - (a // b) % 3
    x **= 2
    y = -x if x else ~a
    return x, y, not a, a @ b if False else a << 1 >> 2 & 3 | 4 ^ 5


def control(n):
    total = 0
    for i in range(n):
        if i % 2 == 0 and i != 4:
            continue
        elif i > 10 or i in (1, 2):
            break
        total += i
    else:
        total = -1
    while total < 100:
        total *= 2
    return total


def handlers(path):
    try:
        f = open(path)
    except (OSError, ValueError) as e:
        return repr(e)
    finally:
        print("done")
    with f as g, f:
        data = g.read()
    try:
        pass
    except* TypeError:
        pass
    return data


def strings(a, b):
    return f"{a!r:>{b}} {a!s} {a!a} {a:3} {a}" + "x" "y"


def unpack(seq, d):
    a, *b, c = seq
    x, y = y, x = 1, 2
    d[a] = b
    del d[c]
    d.update(**d, k=1)
    return [*seq, *b], {**d, 'a': 1}, {1, *b}, seq[1:2:3], (a, b)[0]


def calls(o, *a, **k):
    o.m(1, 2, key=3)
    o(*a, **k)
    print(len(a), o.attr.attr2)
    o.attr = 5
    del o.attr
    return super


def matching(v):
    match v:
        case [1, 2, *rest]:
            return rest
        case {"k": x, **kw}:
            return x
        case int(real=r) | float(real=r) if r > 0:
            return r
        case str() as s:
            return s
        case _:
            return None


def scopes():
    global GLOBAL_NAME
    GLOBAL_NAME = 1
    import os.path as p
    from sys import version as v, path
    return p, v, path, __name__


def gen(n):
    for i in range(n):
        received = yield i
        yield from range(received or 0)


async def coro(x):
    async with x as y:
        async for z in y:
            await z
    return [w async for w in x]


def closure():
    cell = 1

    def inner():
        nonlocal cell
        cell += 1
        return cell
    return inner


class Klass:
    attr = 1

    def method(self, v):
        return super().method(v) + self.attr

    @classmethod
    def cmeth(cls):
        return cls.attr

    @staticmethod
    def smeth(a, /, b, *, c):
        return a + b + c

    @property
    def prop(self):
        return 1


for f in (arith, control, handlers, strings, unpack, calls, matching, scopes):
    print("==", f.__name__)
    dis.dis(f)

print("== generators and coroutines")
dis.dis(gen)
dis.dis(gen(3))
dis.dis(coro)
c = coro(None)
dis.dis(c)
c.close()
print("== closures")
dis.dis(closure())
print(masked(closure))
print("== class and methods")
dis.dis(Klass)
dis.dis(Klass.method)
dis.dis(Klass().method)
dis.dis(Klass.cmeth)
dis.dis(Klass.smeth)
print("== lambdas and comprehensions")
dis.dis(lambda q: [i * q for i in range(3) if i])
print(masked(lambda: {k: v for k, v in {}.items()}))
print(masked(lambda: (i for i in ())))
