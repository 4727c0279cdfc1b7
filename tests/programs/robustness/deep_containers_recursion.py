# repr, == and hash of containers nested 100,000 deep raise RecursionError.
import sys


def nested_list(depth):
    x = []
    for _ in range(depth):
        x = [x]
    return x


a = nested_list(100000)
b = nested_list(100000)
try:
    repr(a)
except RecursionError as e:
    print("repr:", e)
try:
    a == b
except RecursionError as e:
    print("==:", e)
try:
    str(a)
except RecursionError as e:
    print("str:", type(e).__name__)

t = ()
for _ in range(100000):
    t = (t,)
# CPython hashes this tuple without a recursion check (100,000 levels fit its native stack);
# RecursionError is as good an outcome as a hash: no crash either way.
try:
    hash(t)
except RecursionError:
    pass
print("hash: no crash")

d = {}
for _ in range(100000):
    d = {"k": d}
try:
    repr(d)
except RecursionError as e:
    print("dict repr:", type(e).__name__)

# Shallow ones still work.
print(repr(nested_list(5)), nested_list(50) == nested_list(50))
print(hash(((((),),),)) == hash(((((),),),)))
del a, b, t, d
print("done")
