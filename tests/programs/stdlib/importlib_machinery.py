# importlib.machinery's classes and suffixes; importlib.util.resolve_name.
import importlib.machinery as m
import importlib.util as u
import json

print(m.SOURCE_SUFFIXES, m.BYTECODE_SUFFIXES, m.DEBUG_BYTECODE_SUFFIXES, m.OPTIMIZED_BYTECODE_SUFFIXES)
print(m.all_suffixes()[:2], m.all_suffixes() is m.all_suffixes())
print(isinstance(json.__spec__, m.ModuleSpec), isinstance(json.__loader__, m.SourceFileLoader))
print(m.BuiltinImporter in __import__("sys").meta_path, m.PathFinder in __import__("sys").meta_path)
spec = m.ModuleSpec("fake", None, origin="nowhere")
print(spec.name, spec.origin, spec.parent, spec.has_location)
print(m.BuiltinImporter.find_spec("sys").name, m.BuiltinImporter.find_spec("json"))
for name, package in [("x", None), (".x", None), (".x", "a.b"), ("..x", "a.b"), ("...x", "a.b"),
                      (".", "a.b"), ("..", "a"), ("a.b", "z"), ("..c.d", "p.q.r"), (".y", "")]:
    try:
        print(repr(name), repr(package), "->", u.resolve_name(name, package))
    except ImportError as e:
        print(repr(name), repr(package), "ImportError", e)
for bad in [(1, "a"), (".x", 3)]:
    try:
        u.resolve_name(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    u.resolve_name("x")
except TypeError as e:
    print("TypeError", e)
