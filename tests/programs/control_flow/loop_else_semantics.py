# The else clause of loops: runs when the loop ends without break.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i


print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))


def primes(n):
    out = []
    for p in range(2, n):
        for d in range(2, p):
            if p % d == 0:
                break
        else:
            out.append(p)
    return out


print(primes(30))
n = 3
while n > 0:
    n -= 1
    if n == 10:
        break
else:
    print("while else, n =", n)
for i in range(3):
    try:
        if i == 2:
            break
    finally:
        pass
else:
    print("not printed: break inside try")
print("i =", i)
for i in range(2):
    continue
else:
    print("else after continue-only loop")
