# Exceptions handled inside loops, with else and finally per iteration.
results = []
for x in [1, 0, "a", 4, None]:
    try:
        r = 10 // x
    except ZeroDivisionError:
        results.append("div0")
        continue
    except TypeError as e:
        results.append(type(x).__name__)
        if x is None:
            break
    else:
        results.append(r)
    finally:
        results.append("|")
print(results)
i = 0
while i < 3:
    i += 1
    try:
        if i == 2:
            raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        continue
    finally:
        print("finally", i)
    print("body end", i)
