import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    @property
    @abstractmethod
    def p(self): ...
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(type(e).__name__, e)
class Half(Base):
    def f(self): return 1
try: Half()
except TypeError as e: print(type(e).__name__, e)
class Full(Half):
    def g(self): return 2
    p = 3
print(Full().f(), Full().g(), Full().p, Full.__abstractmethods__)
class Seq(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Seq:
            return hasattr(C, '__len__')
        return NotImplemented
print(isinstance([], Seq), isinstance(3, Seq), issubclass(str, Seq))
class R(metaclass=ABCMeta): pass
R.register(int)
print(isinstance(3, R), issubclass(bool, R), issubclass(str, R))
@R.register
class X: pass
print(X, issubclass(X, R), isinstance(X(), R))
try: R.register(3)
except TypeError as e: print(type(e).__name__, e)
class Sub(R): pass
try: Sub.register(R)
except RuntimeError as e: print(type(e).__name__, e)
try: issubclass(3, R)
except TypeError as e: print(type(e).__name__, e)
t = abc.get_cache_token(); R.register(float); print(abc.get_cache_token() != t)
class A2(abc.ABC):
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
    @abc.abstractproperty
    def q(self): ...
print(sorted(A2.__abstractmethods__))
class U(ABC):
    def f(self): ...
U.f = abstractmethod(U.f)
abc.update_abstractmethods(U)
print(U.__abstractmethods__)
try: U()
except TypeError as e: print(type(e).__name__, e)
print(type(ABC), ABC.__slots__, abstractmethod(lambda: 0).__isabstractmethod__)
class M2(ABCMeta): pass
class W(metaclass=M2):
    @abstractmethod
    def z(self): pass
print(W.__abstractmethods__, isinstance(W, ABCMeta))
