# Deeply nested comprehensions and comprehensions over comprehensions.
print([[[i * j * k for k in range(2)] for j in range(2)] for i in range(2)])
print([x for x in [y * 2 for y in [z + 1 for z in range(3)]]])
print({x: {y: [z for z in range(y)] for y in range(x)} for x in range(3)})
print(sum(sum(row) for row in [[i + j for j in range(3)] for i in range(3)]))
flat = [c for word in ["ab", "cd"] for c in word for _ in range(2)]
print(flat)
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
