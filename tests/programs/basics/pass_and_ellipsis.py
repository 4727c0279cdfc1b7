# Placeholder bodies: pass, ..., docstring-only.
def f():
    pass


def g():
    ...


def h():
    "only a docstring"


class C:
    ...


class D:
    pass


if True:
    pass
else:
    ...
for _ in range(3):
    pass
while False:
    ...
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), g(), h(), C.__name__, D.__name__)
print(h.__doc__)
