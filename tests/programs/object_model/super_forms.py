# super() with zero arguments and super(T, obj) / super(T, T2) in methods, classmethods, nested code.
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @staticmethod
    def st():
        return "A.st"
    @property
    def prop(self):
        return "A.prop"

class B(A):
    def who(self):
        return f"B>{super().who()}"
    @classmethod
    def make(cls):
        return f"B>{super().make()}"

class C(A):
    def who(self):
        return f"C>{super().who()}"

class D(B, C):
    def who(self):
        return f"D>{super().who()}"
    def explicit(self):
        return super(B, self).who()
    def nested(self):
        def inner():
            return super(D, self).who()
        return inner()
    def lam(self):
        return (lambda: super(D, self).who())()

d = D()
print(d.who(), d.explicit(), d.nested(), d.lam())
print(D.make(), super(D, D).make(), super(D, d).st(), super(D, d).prop)
s = super(D, d)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is d, s.__self_class__.__name__)
u = super(D)
print(u.__self__, u.__self_class__)
print(super(B, D).who(d))

def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError:", e)
outside()

class E:
    def m(self):
        try:
            super(int, self)
        except TypeError as e:
            print("TypeError:", e)
        try:
            super(E, 1)
        except TypeError as e:
            print("TypeError:", e)
        try:
            return super().missing
        except AttributeError as e:
            print("AttributeError:", e)
E().m()

class F:
    def m(self):
        return __class__
print(F().m().__name__)
