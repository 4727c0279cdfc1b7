# Assignment expressions in every place they are allowed.
import sys
data = [4, 8, 15, 16, 23, 42]
if (n := len(data)) > 5:
    print("long list", n)
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]
print([y for x in range(5) if (y := x * 3) % 2])
print(y)
print({(k := i): k * 2 for i in range(3)}, k)
print(f"{(w := 10)}", w)
print((lambda: (v := 99))(), "v" in dir())


def f(a, b=(dflt := 7)):
    return (r := a + b), r


print(f(1), dflt)
print([(last := c) for c in "xyz"], last)
total = 0
print(any((total := total + v) > 10 for v in [3, 4, 5, 6]), total)
print(sum(m for m in [1, 2] if (t := m)), t)
seq = [1, 2, 3]
print(seq[(idx := 1)], idx, seq[(a := 0):(b := 2)], a, b)
assert (ok := True), "never"
print(ok)
print(x := 5) if False else None
z = (q := 3) + q
print(z, q)
