# assert statements: messages, evaluation laziness, and AssertionError details.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x


print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)


def msg():
    print("message evaluated")
    return "lazy"


assert True, msg()
try:
    assert [], msg()
except AssertionError as e:
    print(e)
try:
    assert None, ("tuple", "message")
except AssertionError as e:
    print(e.args)
AssertionError = ValueError
try:
    assert 0, "shadowed name is not used"
except ValueError:
    print("caught as ValueError")
except Exception as e:
    print("raised", type(e).__name__, e)
