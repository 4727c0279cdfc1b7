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
