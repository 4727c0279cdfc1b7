# Nested loops with break/continue at each level and loop variables after the loop.
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
total = 0
for row in grid:
    for cell in row:
        if cell % 4 == 0:
            continue
        total += cell
print(total, row, cell)
i = 0
while i < 3:
    for ch in "ab":
        if i == 1 and ch == "b":
            break
        print(i, ch)
    i += 1
found = None
for a in range(1, 10):
    for b in range(a, 10):
        for c in range(b, 20):
            if a * a + b * b == c * c:
                found = (a, b, c)
                break
        if found:
            break
    if found:
        break
print(found)
