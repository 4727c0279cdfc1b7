import copyreg, copy
print(sorted(t.__name__ for t in copyreg.dispatch_table), copy.dispatch_table is copyreg.dispatch_table, copyreg.__all__)
class Pt:
    def __init__(self, x): self.x = x
def reduce_pt(p): return Pt, (p.x * 10,)
copyreg.pickle(Pt, reduce_pt)
print(copy.copy(Pt(1)).x, copy.deepcopy(Pt(2)).x)
try: copyreg.pickle(Pt, 3)
except TypeError as e: print(type(e).__name__, e)
try: copyreg.constructor(3)
except TypeError as e: print(type(e).__name__, e)
print(copyreg.pickle_complex(3+4j), copyreg.__newobj__(Pt, 5).__class__.__name__, copyreg.__newobj_ex__(dict, (), {}))
class S:
    __slots__ = ('a', '__b')
class T(S):
    __slots__ = ('c', '__dict__')
print(copyreg._slotnames(T), copyreg._slotnames(S), T.__slotnames__, copyreg._slotnames(int))
copyreg.add_extension('mod', 'name', 240); print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.add_extension('mod', 'name', 240)
for bad in [lambda: copyreg.add_extension('mod', 'other', 240), lambda: copyreg.add_extension('mod', 'name', 241), lambda: copyreg.add_extension('m', 'n', 0),
            lambda: copyreg.remove_extension('mod', 'name', 999)]:
    try: bad()
    except ValueError as e: print(type(e).__name__, e)
copyreg.remove_extension('mod', 'name', 240); copyreg.clear_extension_cache(); print(copyreg._extension_registry)
r = copyreg._reconstructor(Pt, object, None); print(type(r).__name__)
class L(list): pass
l = copyreg._reconstructor(L, list, [1, 2]); print(type(l).__name__, l)
print(copy.copy(3+4j), copy.deepcopy(int | str))
