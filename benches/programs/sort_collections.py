# Sorting with keys, Counter, defaultdict, deque, heapq and bisect over generated records.
import bisect
import heapq
from collections import Counter, defaultdict, deque


def generate(n, seed):
    # A linear congruential generator: deterministic records (id, group, score, name).
    state = seed
    records = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        group = state % 97
        score = (state >> 8) % 10007
        records.append((i, group, score, f"n{state % 5003}"))
    return records


def sorting(records):
    by_score = sorted(records, key=lambda r: (r[2], r[0]))
    by_name = sorted(records, key=lambda r: r[3], reverse=True)
    scores = [r[2] for r in records]
    scores.sort()
    return by_score[0][0] + by_score[-1][0] + len(by_name[0][3]) + scores[len(scores) // 2]


def counting(records):
    groups = Counter(r[1] for r in records)
    names = Counter()
    for r in records:
        names[r[3]] += 1
    top = groups.most_common(3)
    return sum(count for _, count in top) + len(names) + names.most_common(1)[0][1]


def grouping(records):
    by_group = defaultdict(list)
    for r in records:
        by_group[r[1]].append(r[2])
    return sum(max(v) - min(v) for v in by_group.values())


def windows(records, width):
    window = deque(maxlen=width)
    total = 0
    best = 0
    for r in records:
        if len(window) == width:
            total -= window[0]
        window.append(r[2])
        total += r[2]
        if total > best:
            best = total
    queue = deque()
    for r in records[:20000]:
        queue.append(r[0])
        if r[2] % 3 == 0:
            queue.popleft()
    return best + len(queue)


def heaps(records):
    heap = []
    for r in records[:60000]:
        heapq.heappush(heap, (r[2], r[0]))
    popped = [heapq.heappop(heap)[0] for _ in range(1000)]
    largest = heapq.nlargest(5, records, key=lambda r: r[2])
    return sum(popped) + sum(r[2] for r in largest)


def bisecting(records):
    keys = sorted(r[2] for r in records[:20000])
    hits = 0
    for r in records[:50000]:
        i = bisect.bisect_left(keys, r[2])
        if i < len(keys) and keys[i] == r[2]:
            hits += 1
    sorted_small = []
    for r in records[:3000]:
        bisect.insort(sorted_small, r[2])
    return hits + sorted_small[1500]


records = generate(120000, 42)
print("sorting", sorting(records))
print("counting", counting(records))
print("grouping", grouping(records))
print("windows", windows(records, 50))
print("heaps", heaps(records))
print("bisecting", bisecting(records))
