import types, sys
for n in ['FunctionType','LambdaType','CodeType','MethodType','BuiltinFunctionType','BuiltinMethodType','ModuleType','MappingProxyType','GeneratorType','CoroutineType','AsyncGeneratorType','CellType','FrameType','TracebackType','GetSetDescriptorType','MemberDescriptorType','WrapperDescriptorType','MethodWrapperType','MethodDescriptorType','ClassMethodDescriptorType','NoneType','EllipsisType','NotImplementedType','GenericAlias','UnionType','SimpleNamespace']:
    print(n, getattr(types, n))
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
m = types.ModuleType('mymod', 'doc')
print(m.__name__, m.__doc__)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp))
try: mp['z'] = 2
except TypeError as e: print(type(e).__name__, e)
class A:
    def f(self): return self
a = A()
bm = types.MethodType(A.f, a)
print(bm() is a)
def body(ns): ns['x'] = 5
C = types.new_class('C', (A,), None, body)
print(C.__name__, C.x, C.__bases__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {'prepared': kw}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 1})
print(type(D).__name__, D.prepared)
print(types.prepare_class('E', (), {'metaclass': Meta, 'q': 2}))
class Entry:
    def __mro_entries__(self, bases): return (A,)
print(types.resolve_bases((Entry(), int)))
E = types.new_class('E', (Entry(),))
print(E.__bases__, type(types.get_original_bases(E)[0]).__name__, types.get_original_bases(int))
try: types.get_original_bases(3)
except TypeError as e: print(type(e).__name__, e)
class P:
    @types.DynamicClassAttribute
    def name(self): return 'inst'
print(P().name)
try: P.name
except AttributeError as e: print('AttributeError')
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try: types.new_class('Z', (X, Y))
except TypeError as e: print(type(e).__name__, e)
