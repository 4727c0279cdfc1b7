# A failing assert with a message.
def check(items):
    assert len(items) > 2, f"need more than 2 items, got {len(items)}"


check([1, 2, 3])
print("first check passed")
check([1])
