# Guard clauses, loop flags, and deeply nested conditions.
def process(items):
    if not items:
        return "empty"
    results = []
    for item in items:
        if item is None:
            continue
        if isinstance(item, str):
            if not item:
                results.append("blank")
                continue
            if item.isdigit():
                results.append(int(item))
            else:
                results.append(item.upper())
        elif isinstance(item, (int, float)):
            if item < 0:
                break
            results.append(item * 2)
        else:
            results.append(type(item).__name__)
    return results


print(process([]), process([None, "", "12", "ab", 3, 1.5, [], -1, 99]))
done = False
attempts = 0
while not done:
    attempts += 1
    done = attempts >= 3
print("attempts", attempts)
