# Conditional expressions: laziness, nesting, in every context.
def side(v):
    print("side", v)
    return v


print(side(1) if side(True) else side(2))
print(side(1) if side(False) else side(2))
x = 5
print("pos" if x > 0 else "neg" if x < 0 else "zero")
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
f = (lambda n: "big" if n > 10 else "small")
print(f(5), f(50))
print((1 if x else 2) + 10, 1 if x else 2 + 10, 0 if not x else -1)
y = [] if x > 10 else [x]
print(y, {k: ("v" if k else "zero") for k in range(2)})
print(*(c if c.isupper() else "." for c in "aBcD"))
