"""Dumps CPython 3.12's raw code generation for the top-level unit of each source file named
on standard input (one path per line), as _testinternalcapi.compiler_codegen returns it; or,
with `--cases FILE`, for each case of a case file (see cases.txt), the same dump preceded by the
SyntaxWarnings compiling it emits ("W <lineno> <message hex>") and followed by its code
objects as `--units` shows them (below), or the exception compiling it
raises ("X <type> <lineno> <offset> <end_lineno> <end_offset> <message hex>"); or, with
`--units`, the finished code objects compile() makes of each file named on standard input, every
unit depth first ("U <qualname hex> <firstlineno>", "a <argcount> <posonlyargcount>
<kwonlyargcount> <stacksize> <flags>", "c <co_code hex>", "k <const>" per constant, "n <name
hex>" per name, "v", "y", "z" <name hex> per co_varnames, co_cellvars and co_freevars entry,
"t <linetable hex>",
"x <exceptiontable hex>"), ending with "E".

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


def dump(w, name, tree, optimize, mode):
    insts, md = _testinternalcapi.compiler_codegen(tree, name, optimize, mode)
    for op, arg, l, el, c, ec in insts:
        w("I %d %d %d %d %d %d\n" % (op, arg, l, el, c, ec))
    for k in ordered(md["consts"]):
        w("C %s\n" % enc(k[1] if type(k) is tuple else k))
    for tag, key in (("N", "names"), ("V", "varnames"), ("L", "cellvars"), ("R", "freevars")):
        for name in ordered(md[key]):
            w("%s %s\n" % (tag, name.encode("utf-8", "surrogatepass").hex()))
    w("A %d %d %d\n" % (md["argcount"], md["posonlyargcount"], md["kwonlyargcount"]))


def hexs(s):
    return s.encode("utf-8", "surrogatepass").hex()


MODES = {"exec": 0, "eval": 1, "single": 2}


def parse_cases(text):
    """Cases: a header line "### NAME [mode=exec|eval|single] [O=0|1|2] [await]", then the
    source up to the next header."""
    cases = []
    for chunk in text.split("\n### ")[1:]:
        header, _, body = chunk.partition("\n")
        words = header.split()
        opts = {"mode": "exec", "O": "0", "await": False}
        for word in words[1:]:
            if word == "await":
                opts["await"] = True
            else:
                k, _, v = word.partition("=")
                opts[k] = v
        cases.append((words[0], opts, body))
    return cases


def run_cases(path):
    import ast as ast_mod
    with open(path, encoding="utf-8") as f:
        cases = parse_cases(f.read())
    w = sys.stdout.write
    for name, opts, src in cases:
        w("F %s\n" % name)
        flags = ast_mod.PyCF_ALLOW_TOP_LEVEL_AWAIT if opts["await"] else 0
        optimize = int(opts["O"])
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                compile(src, name, opts["mode"], flags=flags, dont_inherit=True, optimize=optimize)
                err = None
            except Exception as e:
                err = e
        for wm in caught:
            if issubclass(wm.category, SyntaxWarning):
                w("W %d %s\n" % (wm.lineno, hexs(str(wm.message))))
        if err is None:
            code = compile(src, name, opts["mode"], flags=flags, dont_inherit=True, optimize=optimize)
        if err is not None:
            if isinstance(err, SyntaxError):
                w("X %s %s %s %s %s %s\n" % (type(err).__name__, err.lineno, err.offset,
                                              err.end_lineno, err.end_offset, hexs(err.msg)))
            else:
                w("X %s 0 0 0 0 %s\n" % (type(err).__name__, hexs(str(err))))
        elif not opts["await"]:
            tree = ast_mod.parse(src, filename=name, mode=opts["mode"])
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                dump(w, name, tree, optimize, MODES[opts["mode"]])
        if err is None:
            dump_units(w, code)
        w("E\n")


def dump_units(w, code):
    w("U %s %d\n" % (hexs(code.co_qualname), code.co_firstlineno))
    w("a %d %d %d %d %d\n" % (code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount,
                              code.co_stacksize, code.co_flags))
    w("c %s\n" % code.co_code.hex())
    for k in code.co_consts:
        w("k %s\n" % enc(k))
    for name in code.co_names:
        w("n %s\n" % hexs(name))
    for tag, names in (("v", code.co_varnames), ("y", code.co_cellvars), ("z", code.co_freevars)):
        for name in names:
            w("%s %s\n" % (tag, hexs(name)))
    w("t %s\n" % code.co_linetable.hex())
    w("x %s\n" % code.co_exceptiontable.hex())
    for k in code.co_consts:
        if hasattr(k, "co_code"):
            dump_units(w, k)


def run_units():
    w = sys.stdout.write
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with open(path, "rb") as f:
                src = f.read()
            code = compile(src, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            w("S %s\n" % path)
            continue
        w("F %s\n" % path)
        dump_units(w, code)
        w("E\n")


def main():
    warnings.simplefilter("ignore")
    if len(sys.argv) > 1 and sys.argv[1] == "--units":
        run_units()
        return
    if len(sys.argv) > 2 and sys.argv[1] == "--cases":
        run_cases(sys.argv[2])
        return
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
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError):
            out.write("S %s\n" % path)
            continue
        out.write("F %s\n" % path)
        dump(out.write, path, tree, 0, 0)
        out.write("E\n")


main()
