# Loops with empty bodies and iterables that are consumed for side effects.
def counting():
    for i in range(3):
        print("yield", i)
        yield i


for _ in counting():
    pass
it = iter(range(5))
for x in it:
    if x == 1:
        break
print("rest", list(it))
for _ in range(0):
    pass
else:
    print("else after zero iterations")
i = 0
while (i := i + 1) < 4:
    pass
print("i =", i)
