# "is" with a literal warns at compile time.
x = 1000
print(x is 1000, x is not "a", () is (), "a" is "a")
print(None is None, x is ...)
