# Conditions the compiler turns into jumps: and/or/not chains, comparisons, constants.
def check(a, b, c):
    r = []
    if a and b:
        r.append("a and b")
    if a or b:
        r.append("a or b")
    if not a and not b:
        r.append("neither")
    if a and (b or c):
        r.append("a and (b or c)")
    if (a or b) and not c:
        r.append("(a or b) and not c")
    if not (a and b and c):
        r.append("not all")
    if a is None or b is None:
        r.append("has None")
    if a == b == c:
        r.append("all equal")
    if a if c else b:
        r.append("ternary condition")
    return r


for args in [(1, 1, 1), (0, 0, 0), (1, 0, 1), (None, 1, 0), (0, 1, 0)]:
    print(args, check(*args))
x = 5
while x > 0 and x % 2 or x == 4:
    print("while", x)
    x -= 1
print(x)
