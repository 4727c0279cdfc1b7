# Integer arithmetic in tight loops: sums, modulo, shifts, a sieve and a collatz walk.
def arith(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * 7 - (i >> 2)) % 1000003
        acc ^= i & 0xFF
    return acc


def collatz_max(limit):
    best = 0
    best_len = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best_len:
            best, best_len = start, steps
    return best, best_len


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)


print(arith(1_500_000))
print(collatz_max(30_000))
print(sieve(400_000))
