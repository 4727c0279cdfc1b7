# import forms using only sys (and builtins).
import sys
import sys as system
from sys import maxsize, byteorder as order
from sys import (
    version_info,
    getrecursionlimit,
)
print(sys is system, maxsize == sys.maxsize, order == sys.byteorder)
print(version_info[:2], version_info.major, getrecursionlimit() > 0)
print(type(sys).__name__, sys.__name__)
import builtins
print(builtins.len("abc"), builtins is sys.modules["builtins"], "sys" in sys.modules)


def local_import():
    import sys as s
    from sys import maxsize as m
    return s is sys, m == maxsize


print(local_import())


class WithImport:
    import sys
    from builtins import len as length


print(WithImport.sys is sys, WithImport.length("four"))
