# Comprehensions: list, dict and set comprehensions, nested and filtered.
def run(n):
    total = 0
    for r in range(n):
        squares = [i * i for i in range(200)]
        evens = [x for x in squares if x % 2 == 0]
        table = {i: i * 3 for i in range(100)}
        uniq = {x % 17 for x in squares}
        grid = [[i + j for j in range(10)] for i in range(10)]
        total += len(evens) + sum(table.values()) + len(uniq) + grid[9][9] + r
    return total


print(run(8_000))
