"""Dumps CPython 3.12's raw code generation for the top-level unit of each source file named
on standard input (one path per line), as _testinternalcapi.compiler_codegen returns it.

Output, per file: "F <path>", then one "I <opcode> <oparg> <lineno> <end_lineno> <col>
<end_col>" per instruction (jump opargs are instruction indices), then the metadata: "C <const>"
per constant, "N", "V", "L", "R" per name, varname, cellvar and freevar, "A <argcount>
<posonlyargcount> <kwonlyargcount>", and "E". A file CPython cannot compile gives "S <path>".

Constants are encoded canonically (the Rust side encodes its own the same way): N None, .
Ellipsis, T/F booleans, i<int>, f<float bits in hex>, c<re bits>,<im bits>, s<UTF-8 hex>,
b<hex>, (a,b) tuples, {a,b} frozensets with sorted items, @<name hex>:<qualname hex>:<line>
code objects.
"""
import ast
import struct
import sys
import warnings

import _testinternalcapi


def enc(v):
    if v is None:
        return "N"
    if v is Ellipsis:
        return "."
    if v is True:
        return "T"
    if v is False:
        return "F"
    t = type(v)
    if t is int:
        return "i%d" % v
    if t is float:
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if t is complex:
        bits = lambda x: struct.unpack("<Q", struct.pack("<d", x))[0]
        return "c%016x,%016x" % (bits(v.real), bits(v.imag))
    if t is str:
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if t is bytes:
        return "b" + v.hex()
    if t is tuple:
        return "(" + ",".join(enc(x) for x in v) + ")"
    if t is frozenset:
        return "{" + ",".join(sorted(enc(x) for x in v)) + "}"
    if hasattr(v, "co_code"):
        return "@%s:%s:%d" % (
            v.co_name.encode("utf-8", "surrogatepass").hex(),
            v.co_qualname.encode("utf-8", "surrogatepass").hex(),
            v.co_firstlineno,
        )
    return "?" + repr(v)


def ordered(d):
    return [k for k, _ in sorted(d.items(), key=lambda kv: kv[1])]


def main():
    warnings.simplefilter("ignore")
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with open(path, "rb") as f:
                src = f.read()
            compile(src, path, "exec", dont_inherit=True)
            tree = ast.parse(src, filename=path)
            insts, md = _testinternalcapi.compiler_codegen(tree, path, 0)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            out.write("S %s\n" % path)
            continue
        w = out.write
        w("F %s\n" % path)
        for op, arg, l, el, c, ec in insts:
            w("I %d %d %d %d %d %d\n" % (op, arg, l, el, c, ec))
        for k in ordered(md["consts"]):
            w("C %s\n" % enc(k[1] if type(k) is tuple else k))
        for tag, key in (("N", "names"), ("V", "varnames"), ("L", "cellvars"), ("R", "freevars")):
            for name in ordered(md[key]):
                w("%s %s\n" % (tag, name.encode("utf-8", "surrogatepass").hex()))
        w("A %d %d %d\n" % (md["argcount"], md["posonlyargcount"], md["kwonlyargcount"]))
        w("E\n")


main()
