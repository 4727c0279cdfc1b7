# if / elif / else in all shapes.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


print([classify(n) for n in (-5, 0, 3, 42, 1000)])
for v in (0, 1, "", "x", None, [], [0]):
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 5
if x > 3:
    if x > 4:
        print("nested both")
    else:
        print("nested outer only")
if x == 1:
    pass
elif x == 5:
    pass
print("after empty branches")
if not x:
    print("unreachable")
elif x and x > 1 or False:
    print("compound condition")
if True:
    print("constant true")
if False:
    print("constant false")
else:
    print("else of constant false")
if 0:
    print("zero")
elif 1:
    print("elif one")
if x in (1, 2, 3):
    print("small set")
elif x not in (4, 6):
    print("five")
