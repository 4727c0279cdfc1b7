# Recursion 300,000 deep through special methods the interpreter calls for an instruction: a
# binary operator, a comparison, a subscript, an item assignment, a property getter, a class
# body, a call of an instance, an iterator's __iter__ and __next__ in a for loop, an item
# deletion, a context manager's __enter__ and __bool__ in a condition. The stackless engine runs each as a frame of its loop (only memory bounds the depth);
# CPython and the cpython engine recurse on the native stack and raise RecursionError.
import sys

sys.setrecursionlimit(1_000_000)
DEPTH = 300_000


class Add:
    def __init__(self, k):
        self.k = k

    def __add__(self, other):
        if self.k == 0:
            return other
        return Add(self.k - 1) + (other + 1)


class Eq:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if self.k == 0:
            return other
        return Eq(self.k - 1) == other


class Item:
    def __getitem__(self, k):
        return 0 if k == 0 else self[k - 1] + 1


class Store:
    def __init__(self):
        self.last = None

    def __setitem__(self, k, v):
        if k == 0:
            self.last = v
        else:
            self[k - 1] = v + 1


class Prop:
    def __init__(self, k):
        self.k = k

    @property
    def depth(self):
        return 0 if self.k == 0 else Prop(self.k - 1).depth + 1


def nest(k):
    # Each level's class body runs the next level's class statement.
    class C:
        depth = 0 if k == 0 else nest(k - 1).depth + 1
    return C


class Call:
    def __call__(self, k):
        return 0 if k == 0 else self(k - 1) + 1


class Next:
    def __init__(self, k):
        self.k = k

    def __iter__(self):
        return self

    def __next__(self):
        if self.k < 0:
            raise StopIteration
        k, self.k = self.k, -1
        if k == 0:
            return 0
        for inner in Next(k - 1):
            return inner + 1


class Iter:
    def __init__(self, k):
        self.k = k

    def __iter__(self):
        if self.k == 0:
            return iter([0])
        for v in Iter(self.k - 1):
            return iter([v + 1])


class Delete:
    def __delitem__(self, k):
        if k:
            del self[k - 1]
        else:
            self.bottom = "reached"


class Enter:
    def __init__(self, k):
        self.k = k

    def __enter__(self):
        if self.k == 0:
            return 0
        with Enter(self.k - 1) as inner:
            return inner + 1

    def __exit__(self, *exc):
        return False


class Truth:
    def __init__(self, k):
        self.k = k

    def __bool__(self):
        if self.k == 0:
            return True
        return True if Truth(self.k - 1) else False


def delete():
    d = Delete()
    del d[DEPTH]
    return d.bottom


def enter():
    with Enter(DEPTH) as depth:
        return depth


def attempt(name, fn):
    try:
        print(name, fn())
    except RecursionError as e:
        print(name, "RecursionError:", e)


attempt("add", lambda: Add(DEPTH) + 0)
attempt("eq", lambda: Eq(DEPTH) == "bottom")
attempt("getitem", lambda: Item()[DEPTH])


def store():
    s = Store()
    s[DEPTH] = 0
    return s.last


attempt("setitem", store)
attempt("property", lambda: Prop(DEPTH).depth)
attempt("class body", lambda: nest(DEPTH).depth)
attempt("call", lambda: Call()(DEPTH))
attempt("next", lambda: [v for v in Next(DEPTH)])
attempt("iter", lambda: [v for v in Iter(DEPTH)])
attempt("delitem", delete)
attempt("with", enter)
attempt("bool", lambda: "true" if Truth(DEPTH) else "false")
# After all that, ordinary code still runs.
print(sum(Item()[k] for k in range(10)))
