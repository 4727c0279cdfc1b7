# dir (with __dir__, sorted), vars, locals and globals.
class P:
    a = 1
    def m(self):
        pass
p = P()
p.z = 2
names = dir(p)
ordered = True
i = 1
while i < len(names):
    if names[i - 1] >= names[i]:
        ordered = False
    i += 1
print([n for n in names if n > "`"], ordered)
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
def f(x, y=2):
    local = x + y
    return locals()
print(f(1))
print(vars(p), type(vars(P)).__name__)
try:
    vars(1)
except TypeError as e:
    print(e)
g = globals()
print(g["__name__"], "P" in g, g is globals())
def inner_dir():
    q = 1
    return dir()
print(inner_dir())
try:
    dir(1, 2)
except TypeError as e:
    print(e)
