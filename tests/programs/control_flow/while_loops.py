# while loops with else, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while else ran, i =", i)
n = 0
while True:
    n += 1
    if n >= 3:
        break
else:
    print("never printed")
print("broke at", n)
k = 10
while k:
    k -= 3
    if k < 0:
        print("below zero", k)
        break
else:
    print("while-else not reached")
count = 0
while count < 3:
    count += 1
else:
    print("else after normal exit", count)
while False:
    print("never")
else:
    print("else of while False")
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
x = 3
while x:
    y = 0
    while y < x:
        y += 1
        if y == 2:
            break
    print("x", x, "y", y)
    x -= 1
