import heapq
data = [(i * 7919) % 1009 for i in range(3000)]
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nlargest(3, iter(data)), heapq.nsmallest(4, iter(data)))
recs = [(f'r{i}', (i * 37) % 11) for i in range(200)]
print(heapq.nlargest(6, recs, key=lambda r: r[1]), heapq.nsmallest(6, recs, key=lambda r: r[1]))
print(heapq.nlargest(6, iter(recs), key=lambda r: r[1]), heapq.nsmallest(6, iter(recs), key=lambda r: r[1]))
print(heapq.nlargest(10, [3, 1, 2]), heapq.nsmallest(10, iter([3, 1, 2])), heapq.nlargest(2, iter([])), heapq.nsmallest(-1, data), heapq.nlargest(0, data))
print(heapq.nlargest(1, data), heapq.nsmallest(1, iter(data), key=lambda x: -x), heapq.nsmallest(3, 'hello world'))
print(heapq.nlargest(4, [1.5, 2, True, 0, 2.0, 2]), heapq.nsmallest(4, [1.5, 2, True, 0, 2.0, 1]))
try: heapq.nlargest(2, [1, 'a', 3])
except TypeError as e: print(type(e).__name__, e)
