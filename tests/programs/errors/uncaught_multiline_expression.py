# A failing call that spans several lines: the traceback shows the lines and carets.
def combine(a, b, c):
    return a + b + c


result = combine(
    1,
    2,
    "three",
)
