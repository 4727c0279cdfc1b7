# Many lines of output (the test harness must read the whole pipe).
for i in range(3000):
    print(f"line {i:04d} {'x' * (i % 50)}")
print("done")
