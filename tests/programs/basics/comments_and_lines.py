# A program with comments, blank lines, line continuations and semicolons.

x = 1 + \
    2 + \
    3
print(x)  # trailing comment

y = (1 +
     2
     # comment inside parentheses
     + 3)
print(y)
a = 1; b = 2; c = a + b
print(a, b, c)
if a: print("one-line if")
for i in range(2): print("loop", i)
while False: pass
z = [
    1,
    2,
    3,  # trailing comma
]
print(z)
d = {
    'key':
        'value',
}
print(d)
s = """triple
quoted # not a comment
string"""
print(s)
def f(): return "one-line def"
print(f())
class C: pass
print(C.__name__)
