# A source file with CRLF line endings.
x = 1
if x:
    print("crlf works")
s = """multi
line"""
print(repr(s))
def f(a,
      b):
    return a + \
        b
print(f(1, 2))
