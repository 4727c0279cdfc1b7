"""Lists dir() of every builtin type, of the builtins module and of sys, one name a line.

Run under CPython 3.12 it gives the reference; run under pyrs it gives what pyrs has; the
test tests/compare_dir.rs runs it under both and reports, for each object, the names missing
from pyrs and the names pyrs has that CPython lacks. The output is:

    == LABEL
    name
    name
    ...

and `== LABEL` followed by `!! unavailable` when the object cannot be reached. The script uses
only the few features every engine has (eval, dir, isinstance, print, loops).
"""

import sys
import builtins

# Types not reachable as builtins names, by an expression giving them.
HIDDEN = [
    ("NoneType", "type(None)"),
    ("NotImplementedType", "type(NotImplemented)"),
    ("ellipsis", "type(...)"),
    ("function", "type(lambda: 0)"),
    ("builtin_function_or_method", "type(len)"),
    ("method", "type(Exception().with_traceback)"),
    ("method_descriptor", "type(str.join)"),
    ("wrapper_descriptor", "type(object.__init__)"),
    ("getset_descriptor", "type(type.__dict__['__name__'])"),
    ("mappingproxy", "type(type.__dict__)"),
    ("module", "type(sys)"),
    ("code", "type((lambda: 0).__code__)"),
    ("frame", "type(sys._getframe())"),
    ("generator", "type((x for x in ()))"),
    ("list_iterator", "type(iter([]))"),
    ("tuple_iterator", "type(iter(()))"),
    ("range_iterator", "type(iter(range(1)))"),
    ("str_ascii_iterator", "type(iter(''))"),
    ("dict_keys", "type({}.keys())"),
    ("dict_values", "type({}.values())"),
    ("dict_items", "type({}.items())"),
    ("TextIOWrapper", "type(sys.stdout)"),
    ("sys.flags", "type(sys.flags)"),
    ("sys.version_info", "type(sys.version_info)"),
    ("sys.float_info", "type(sys.float_info)"),
    ("sys.int_info", "type(sys.int_info)"),
    ("sys.hash_info", "type(sys.hash_info)"),
    ("SimpleNamespace", "type(sys.implementation)"),
]


def show(label, obj):
    print("==", label)
    for name in dir(obj):
        print(name)


def main():
    show("module builtins", builtins)
    show("module sys", sys)
    for name in dir(builtins):
        value = getattr(builtins, name)
        if isinstance(value, type):
            show(name, value)
    for label, expr in HIDDEN:
        try:
            value = eval(expr)
        except Exception:
            print("==", label)
            print("!! unavailable")
            continue
        show(label, value)


main()
