import gc
class A: pass
class S:
    __slots__ = ()
class SI(int): pass
def f(): pass
objs = [1, 1.5, 'a', b'b', None, True, 1j, range(3), bytearray(), (1, 2), (1, []), ((1, []),), (), [], {}, {1: 2}, {1: []}, {'a': 'b'}, {(1, 2): 3}, {1: ()}, {1: frozenset()}, {1: (1, [])},
        set(), frozenset(), A(), S(), SI(1), f, A, int, type(None), object(), ..., NotImplemented, f.__code__, iter([]), iter(range(2)), lambda: 0, (x for x in []), ValueError(), print, staticmethod(f)]
print([gc.is_tracked(o) for o in objs])
d = {}; print(gc.is_tracked(d)); d[1] = 'x'; print(gc.is_tracked(d)); d[2] = [1]; print(gc.is_tracked(d))
print(gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.get_threshold()); gc.set_threshold(100, 5); print(gc.get_threshold()); gc.set_threshold(1); print(gc.get_threshold()); gc.set_threshold(700, 10, 10)
print(type(gc.collect()).__name__, type(gc.collect(0)).__name__, type(gc.collect(generation=1)).__name__)
for a in [(3,), ('x',), (-1,), (1, 2), (1.0,)]:
    try: print(gc.collect(*a))
    except Exception as e: print(type(e).__name__, e)
for a in [(), (1, 2, 3, 4), ('a',), (2**40,)]:
    try: print(gc.set_threshold(*a))
    except Exception as e: print(type(e).__name__, e)
for fn, a in [(gc.enable, (1,)), (gc.is_tracked, ()), (gc.is_tracked, (1, 2)), (gc.get_threshold, (1,)), (gc.isenabled, (1,))]:
    try: print(fn(*a))
    except Exception as e: print(type(e).__name__, e)
print(gc.garbage, gc.callbacks, type(gc.get_stats()).__name__, len(gc.get_stats()), sorted(gc.get_stats()[2]))
log = []
def cb(phase, info): log.append((phase, sorted(info.items())))
gc.callbacks.append(cb); gc.collect(1); gc.collect(); gc.callbacks.remove(cb); gc.collect(); print(log)
before = gc.get_stats()[0]['collections']; gc.collect(0); gc.collect(0); print(gc.get_stats()[0]['collections'] - before)
class D:
    def __del__(self):
        print('del', self.name)
x = D(); x.name = 'x'; del x; gc.collect(); print('after')
keep = []
class R:
    def __del__(self):
        keep.append(self)
r = R(); print(gc.is_finalized(r)); del r; gc.collect(); print(gc.is_finalized(keep[0]), gc.is_finalized(1), gc.is_finalized(A()))
print(gc.__doc__ is not None, gc.__name__)
