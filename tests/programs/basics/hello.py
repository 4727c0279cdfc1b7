print("Hello, world!")
print("several", "values", 1, 2.5, None, True)
print("sep", "end", sep="-", end="|\n")
print()
print("a", "b", sep="")
x = 40 + 2
print("x =", x)
print(repr("quoted"), str(3), [1, "two", (3,)], {"k": 1})
