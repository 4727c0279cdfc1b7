# list methods, slicing with steps, assignment and deletion, and their errors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(f"{type(e).__name__}:", e)

a = [1, 2, 3]
a.append(4)
a.extend((5, 6))
a.extend(x * 10 for x in range(3))
a.insert(0, -1)
a.insert(100, 'end')
a.insert(-100, 'start')
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(3), a.index(0), a.count(1), a.count(99))
a.remove(0)
print(a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b, a is not b)
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1].pop('x'))
err(lambda: [].remove(3))
err(lambda: [1, 2].index(3))
err(lambda: [1, 2, 3].index(3, 0, 2))
err(lambda: [].append())
err(lambda: [].append(1, 2))
err(lambda: [].insert(1))
err(lambda: [].index())
err(lambda: list.append(1, 2))
err(lambda: list.append())
err(lambda: [].extend(5))
err(lambda: list(5))
err(lambda: list(1, 2))
err(lambda: list(a=1))
err(lambda: [][0])
k = 'a'
err(lambda: [1][k])
err(lambda: [1][2 ** 100])

s = list(range(10))
print(s[::2], s[1::3], s[::-1], s[-3:], s[:-7:-2], s[100:], s[-100:2])
print(s[2:8:-1], s[8:2:-2], s[::100], s[5:5])
err(lambda: s[::0])
t = s[:]
t[2:5] = ['a', 'b']
print(t)
t[1:1] = [9, 9, 9]
print(t)
t[::3] = 'wxyz'
print(t)
t[len(t):] = [100]
print(t)
del t[::2]
print(t)
del t[1:3]
print(t)
del t[-1]
print(t)
t[:] = t
print(t)
t[5:2] = [0]
print(t)
def assign_ext():
    u = [1, 2, 3]
    u[::2] = [1]
err(assign_ext)
def assign_int():
    u = [1, 2, 3]
    u[0:1] = 1
err(assign_int)
def assign_ext_int():
    u = [1, 2, 3]
    u[::2] = 5
err(assign_ext_int)
def del_out():
    u = [1]
    del u[3]
err(del_out)
def set_out():
    u = [1]
    u[-2] = 0
err(set_out)
u = [0, 1, 2, 3, 4, 5, 6, 7]
del u[::-3]
print(u)
u = [0, 1, 2, 3, 4, 5, 6, 7]
u[::-2] = 'abcd'
print(u)
u = [1, 2]
u[1:] = u
print(u)
