# slice assignment and deletion on lists, with steps, and their errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(f"{type(e).__name__}:", e.args[0] if isinstance(e, KeyError) else e)

a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 8, 9]
print(a)
a[::2] = "ABCDEF"
print(a)
a[-3:] = []
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[:] = range(6)
print(a)
a[::-1] = a
print(a)
a[4:1] = [0, 0]
print(a)
a[len(a):] = a
print(a)
del a[::-2]
print(a)
del a[100:]
a[1] = "one"
del a[0]
print(a)
b = [1, 2, 3]
b[0:2] = b
print(b)
b += b
print(b)
b *= 2
print(len(b))
c = [0] * 3
c[-1] = 5
del c[-2]
print(c)
def ext():
    a = [1, 2, 3, 4]
    a[::2] = [1]
def ext2():
    a = [1, 2, 3, 4]
    a[::2] = 5
def ext3():
    a = [1, 2]
    a[5] = 1
def ext4():
    a = [1, 2]
    del a[2]
def ext5():
    a = [1, 2]
    a["x" * 1] = 3
def ext6():
    a = [1, 2, 3]
    a[::0] = []
err(ext)
err(ext2)
err(ext3)
err(ext4)
err(ext5)
err(ext6)
