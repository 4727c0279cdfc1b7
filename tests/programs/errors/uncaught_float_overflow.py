# An uncaught OverflowError: a float power too large, after results that fit.

x = 10.0
for n in (10, 100, 300):
    print(n, x ** n)
print(x ** 400)
