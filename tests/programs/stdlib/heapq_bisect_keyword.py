import heapq, bisect, keyword
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data); print(data)
print(heapq.heapreplace(data, 10), data, heapq.heappushpop(data, 0), heapq.heappushpop(data, 5), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(1, []), heapq.nsmallest(0, [1]))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple']
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len), heapq.nlargest(1, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([7, 4, 1], [8, 5], reverse=True)), list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], key=lambda t: t[0])))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2))
bisect.insort(a, 4); bisect.insort_left(a, 0); bisect.insort_right(a, 2); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1]); bisect.insort_left(recs, ('e', 3), key=lambda r: r[1]); print(recs)
try: bisect.bisect_left(a, 1, -1)
except ValueError as e: print(type(e).__name__, e)
print(bisect.bisect_left([], 1), bisect.insort is bisect.insort_right)
print(len(keyword.kwlist), keyword.kwlist[:4], keyword.softkwlist)
print(keyword.iskeyword('for'), keyword.iskeyword('match'), keyword.issoftkeyword('match'), keyword.issoftkeyword('_'), keyword.iskeyword('print'))
for bad in [lambda: heapq.heappop(3), lambda: heapq.heappushpop(None, 1)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
for bad in [lambda: bisect.bisect_left(), lambda: bisect.bisect_right([1], 1, 'a'), lambda: bisect.bisect(3, 1), lambda: bisect.insort_left((1, 2), 3),
            lambda: heapq.heappush([]), lambda: heapq.heappop([], 1), lambda: heapq.heapify([1, 'a', 2]), lambda: bisect.bisect_left([1, 2], 'x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Rec:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'Rec({self.v})'
h = []
for v in [5, 3, 8, 1]: heapq.heappush(h, Rec(v))
print([heapq.heappop(h) for _ in range(4)])
import collections
d = collections.deque([1, 3, 5]); print(bisect.bisect_left(d, 3), bisect.bisect_right(d, 3, hi=None))
bisect.insort(d, 4); print(d)
h = []
for i in range(200): heapq.heappush(h, (i * 7919) % 211)
print([heapq.heappop(h) for _ in range(10)], len(h), h[0])
m = [(i * 37) % 101 for i in range(60)]; heapq._heapify_max(m); print(m[0], heapq._heappop_max(m), m[0], heapq._heapreplace_max(m, 0), m[0])
