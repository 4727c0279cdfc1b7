# Tasklets blocked inside methods the interpreter calls for an instruction: a property getter,
# a binary operator, a unary operator, a comparison, `in`, a subscript, an item assignment and
# deletion, a class body, a call of an instance, an iterator's __iter__ and __next__ in a for
# loop, a context manager's __enter__, and __bool__ in a condition. More of
# each are blocked at once than pyrs has native stacks (_stackless.MAX_NATIVE_STACKS), so each
# must be switched softly, keeping no native stack: a hard switch would run out of stacks.
# In Stackless Python (no such limit) the output is the same.
import stackless

try:
    from _stackless import MAX_NATIVE_STACKS
except ImportError:
    MAX_NATIVE_STACKS = 0  # not pyrs: no such limit
N = 10_100
print("more than the native stacks:", N > MAX_NATIVE_STACKS)
ch = stackless.channel()
results = {}


class Box:
    def __init__(self, v):
        self.v = v

    @property
    def value(self):
        return self.v + ch.receive()

    def __add__(self, other):
        return Box(self.v + other + ch.receive())

    def __lt__(self, other):
        return self.v + ch.receive() < other

    def __getitem__(self, k):
        return self.v * k + ch.receive()

    def __setitem__(self, k, v):
        self.v = k + v + ch.receive()

    def __neg__(self):
        return -self.v - ch.receive()

    def __contains__(self, x):
        return x == self.v + ch.receive()

    def __call__(self, k):
        return self.v * k + ch.receive()

    def __iter__(self):
        if self.v >= 1_000_000:
            # by_iter: the receive is in __iter__, which returns a list's iterator.
            return iter([self.v - 1_000_000 + ch.receive()])
        return self

    def __delitem__(self, k):
        self.v += k + ch.receive()

    def __enter__(self):
        return self.v + ch.receive()

    def __exit__(self, *exc):
        return False

    def __bool__(self):
        return self.v + ch.receive() > 12

    def __next__(self):
        if self.v < 0:
            raise StopIteration
        v, self.v = self.v, -1
        return v + ch.receive()


def by_property(i):
    return Box(i).value


def by_operator(i):
    return (Box(i) + 1).v


def by_comparison(i):
    return Box(i) < 12


def by_subscript(i):
    return Box(i)[2]


def by_store(i):
    b = Box(0)
    b[i] = 1
    return b.v


def by_negation(i):
    return -Box(i)


def by_contains(i):
    return 11 in Box(i)


def by_call(i):
    return Box(i)(3)


def by_next(i):
    return [v for v in Box(i)]


def by_iter(i):
    return [v for v in Box(i + 1_000_000)]


def by_delitem(i):
    b = Box(i)
    del b[1]
    return b.v


def by_with(i):
    with Box(i) as v:
        return v


def by_condition(i):
    return "true" if Box(i) else "false"


def by_class_body(i):
    class C:
        got = ch.receive() + i
    return C.got


def worker(kind, fn, i):
    results.setdefault(kind, []).append(fn(i))


kinds = [
    by_property, by_operator, by_negation, by_comparison, by_contains, by_subscript, by_store,
    by_delitem, by_class_body, by_call, by_iter, by_next, by_with, by_condition,
]
for fn in kinds:
    for i in range(N):
        stackless.tasklet(worker)(fn.__name__, fn, i)
stackless.run()
print("blocked", -ch.balance == N * len(kinds), "alive", stackless.getruncount())
for _ in range(N * len(kinds)):
    ch.send(10)
stackless.run()
print("balance", ch.balance)
for fn in kinds:
    got = results[fn.__name__]
    print(fn.__name__, len(got), got[:3], got[-1])
