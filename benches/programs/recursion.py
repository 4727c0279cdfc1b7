# Deep and wide Python-level recursion: naive Fibonacci and Ackermann-style calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


total = fib(27)
for _ in range(20):
    total += ack(2, 200)
for _ in range(300):
    total += depth(500)
print(total)
