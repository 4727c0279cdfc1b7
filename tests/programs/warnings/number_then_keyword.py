# A number directly followed by a keyword warns at compile time.
x = 1if True else 2
y = [i for i in (1, 2) if 1in(1, 2)]
print(x, y, 1or 2, 0and 1)
