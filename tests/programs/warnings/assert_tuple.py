# An assert on a non-empty tuple is always true and warns at compile time.
assert (False, "message")
print("still running")
try:
    assert False, "message"
except AssertionError as e:
    print("AssertionError:", e)
