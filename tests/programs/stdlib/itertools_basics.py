import itertools as it
from itertools import *
print(list(islice(count(), 5)), list(islice(count(10, 3), 3)), list(islice(count(1.5, 0.5), 3)))
c = count(3); next(c); print(c, count(2, 1.0), count(), count(1, 2), repr(count(-1)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
r = repeat('a', 3); print(r, list(r), r, repeat(1), repeat(1, -3), list(repeat(None, 0)))
r = repeat(1, 3); next(r); print(r.__length_hint__(), list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)), list(accumulate([3, 1, 4, 1, 5], max)))
import operator
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate('abc')))
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2)))
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None])))
print([(k, list(g)) for k, g in groupby('aaabbcaa')])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby('aabbc')); print([(k, list(g)) for k, g in groups])
g = groupby('aaab'); k, grp = next(g); print(k, next(grp)); k2, grp2 = next(g); print(k2, list(grp), list(grp2))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)), list(islice('abc', 5, 2)))
src = iter(range(10)); print(list(islice(src, 0, 6, 4)), next(src))
src = iter(range(10)); print(list(islice(src, 3)), next(src))
print(list(islice(range(10), None)), list(islice(range(10), None, None, 3)))
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 3), (3, 2)])))
a, b = tee(iter([1, 2, 3])); print(next(a), list(b), list(a))
t = tee('xyz', 3); print(len(t), [list(x) for x in t], tee([], 0), type(t[0]).__name__)
print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(product('ab', [1, 2])), list(product([0, 1], repeat=2)), list(product()), list(product('ab', [])))
print(list(permutations('abc', 2)), list(permutations([1, 2, 3])), list(permutations('ab', 3)), list(permutations('ab', 0)))
print(list(combinations('abcd', 2)), list(combinations('ab', 3)), list(combinations('ab', 0)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(len(list(permutations(range(5)))), len(list(combinations(range(10), 4))), sum(1 for _ in product(range(4), repeat=4)))
tests = [lambda: count('a'), lambda: islice([], -1), lambda: islice([], 1, -1), lambda: islice([], -1, 3), lambda: islice([], 1, 2, 0),
         lambda: islice([], 'a'), lambda: islice([], 1, 2, 'x'), lambda: batched([], 0), lambda: tee([], -1), lambda: combinations([], -1),
         lambda: permutations([], -1), lambda: repeat(1, 'a'), lambda: product([1], repeat=-1), lambda: accumulate(3),
         lambda: cycle(3), lambda: starmap(len, 3), lambda: zip_longest(1), lambda: next(chain(1)), lambda: islice(None, 1)]
for f in tests:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
def gen():
    for i in range(3):
        print('produce', i)
        yield i
ch = chain(gen(), gen()); print(next(ch)); print(next(ch))
print(type(count(1)).__name__, type(chain()).__name__, type(islice([], 1)).__name__, iter(c) is c)
