import weakref

class C:
    pass

order = []
t = C()
plain = weakref.ref(t)
ra = weakref.ref(t, lambda w: order.append("first"))
rb = weakref.ref(t, lambda w: order.append("second"))
refs = weakref.getweakrefs(t)
print(refs[0] is plain, refs[1] is rb, refs[2] is ra, weakref.getweakrefcount(t))
del t
print(order, weakref.getweakrefs(plain()), plain())

# a callback that frees another weakly referenced object
log = []
a = C()
b = C()
keep = [b]
ra = weakref.ref(a, lambda w: (log.append("a gone"), keep.clear()))
rb = weakref.ref(b, lambda w: log.append("b gone"))
del b
del a
print(log)

# the weak reference dies before its referent: no callback
x = C()
r = weakref.ref(x, lambda w: log.append("never"))
del r
del x
print(log)

# containers of weakly referenced objects
objs = [C() for _ in range(5)]
refs = [weakref.ref(o) for o in objs]
del objs[1:3]
print([r() is not None for r in refs])
objs.clear()
print([r() is not None for r in refs])
d = weakref.WeakValueDictionary({i: o for i, o in enumerate([C(), C()])})
print(len(d))
class Node:
    def __init__(self, parent=None):
        self.parent = weakref.ref(parent) if parent else None
        self.children = []
root = Node()
child = Node(root)
root.children.append(child)
print(child.parent() is root)
del root
print(child.parent())
