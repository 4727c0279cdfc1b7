# Assignment expressions in simple places.
if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print("popped", item)
print("stopped at", item, data)
print((y := 5) + y, y)
values = [v for x in range(6) if (v := x * x) % 2 == 0]
print(values, v)
print([last := i for i in range(3)], last)
print(f"{(z := 7)} {z}")
def f(a=(d := 4)):
    return a
print(f(), d)
total = 0
print([total := total + i for i in range(5)], total)
