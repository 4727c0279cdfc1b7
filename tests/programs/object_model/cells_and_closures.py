# Cells: cell_contents, empty cells, sharing between closures, nonlocal rebinding.
def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get

inc, get = make()
inc(); inc()
print(get(), inc.__closure__[0] is get.__closure__[0], inc.__closure__[0].cell_contents)
inc.__closure__[0].cell_contents = 10
print(get())

def late():
    def reader():
        return value
    try:
        reader()
    except NameError as e:
        print("NameError:", e)
    c = reader.__closure__[0]
    try:
        c.cell_contents
    except ValueError as e:
        print("ValueError:", e)
    value = 5
    return reader()
print(late())

CellType = type(inc.__closure__[0])
c1 = CellType(3)
c2 = CellType()
print(type(c1).__name__, c1.cell_contents, c1 == CellType(3), c1 < CellType(4))
try:
    c2.cell_contents
except ValueError as e:
    print("ValueError:", e)
del c1.cell_contents
try:
    c1.cell_contents
except ValueError as e:
    print("ValueError:", e)

fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
class K:
    def m(self):
        return __class__
print(K.m.__closure__[0].cell_contents is K)
