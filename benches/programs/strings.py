# String work: building, joining, splitting, slicing, searching, formatting and methods.
def build(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    s = ",".join(parts)
    return len(s), s.count("7"), len(s.split(","))


def transform(n):
    words = ["alpha", "Beta", "gamma", "DELTA", "epsilon"]
    total = 0
    for i in range(n):
        w = words[i % 5]
        u = w.upper() + w.lower()
        total += len(u.replace("A", "aa")) + u.find("e")
        if u.startswith("ALPHA"):
            total += 1
    return total


def fmt(n):
    out = 0
    for i in range(n):
        s = f"{i}:{i * 2:>6}|{i / 7:.3f}"
        out += len(s) + len("%d-%s" % (i, "x"))
    return out


def scan(n):
    text = "the quick brown fox jumps over the lazy dog " * 50
    hits = 0
    for _ in range(n):
        hits += text.count("the") + (text[5:40] in text) + len(text.strip().split())
    return hits


print(build(200_000))
print(transform(200_000))
print(fmt(100_000))
print(scan(3_000))
