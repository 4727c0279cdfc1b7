# Recursive functions: direct, mutual, with accumulators and nested helpers.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]


def permutations(items):
    if len(items) <= 1:
        return [items]
    result = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([item] + rest)
    return result


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(fact(20), fact(30), is_even(10), is_odd(7))
print(len(hanoi(5, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))
print(flatten([1, [2, [3, [4, []]], 5]]), permutations([1, 2, 3]), ackermann(2, 3))


def outer(n):
    def helper(k):
        return k if k <= 0 else helper(k - 2)
    return helper(n)


print(outer(7), outer(8))
