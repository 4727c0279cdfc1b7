# assert with every kind of test expression, and AssertionError raised by hand.
def run(fn):
    try:
        fn()
        return "passed"
    except AssertionError as e:
        return f"AssertionError{e.args}"


tests = [
    lambda: exec_assert(1 == 1),
    lambda: exec_assert([]),
    lambda: exec_assert(None, "none"),
    lambda: exec_assert(0, 42),
    lambda: exec_assert("text", "unused"),
]


def exec_assert(cond, *msg):
    if msg:
        assert cond, msg[0]
    else:
        assert cond


print([run(t) for t in tests])


def chained():
    x = 5
    assert 0 < x < 10, "chained comparison"
    assert x in (1, 5) and x not in [2], "membership"
    assert not (x > 10)
    assert isinstance(x, int)
    assert (lambda: x)() == 5
    return "all passed"


print(chained())
try:
    raise AssertionError("raised directly", 2)
except AssertionError as e:
    print(e.args)
