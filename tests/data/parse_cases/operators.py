-a + +b * ~c ** -d
not a and b or c
a if b else c
a < b <= c != d is not e not in f
a @ b // c % d << e >> f & g ^ h | i
(yield)
x = yield from y
