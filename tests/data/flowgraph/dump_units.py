"""Dump CPython 3.12's code generation output and finished code object for module code units.

For each source, writes one record: the raw instruction sequence and metadata of the module's
top-level code unit from `_testinternalcapi.compiler_codegen` (before flow-graph optimization)
and the fields of the code object `compile()` makes of the same source. The Rust test
tests/flowgraph_cpython.rs assembles the sequence with pyrs and compares. The cases file also
yields records of two other kinds (see cases.py): `optcfg` (a sequence before and after
`_testinternalcapi.optimize_cfg`) and `asm` (a hand-built sequence and metadata, and the code
object `_testinternalcapi.assemble_code_object` makes of it).

Usage:
    python3.12 dump_units.py OUT --stdlib DIR     every .py file under DIR (not site-packages)
    python3.12 dump_units.py OUT --files FILE...  the given source files
    python3.12 dump_units.py OUT --cases FILE     each case of FILE (a Python list CASES of
                                                  (name, source) pairs)

Record format (one item per line unless stated):
    unit|asm <label hex>
    flags <co_flags>
    firstlineno <n>
    name <str>            strings are written as x<hex of UTF-8 with surrogatepass>
    qualname <str>
    args <argcount> <posonlyargcount> <kwonlyargcount>
    consts <n> then one constant per line
    names|varnames|cellvars|freevars|fasthidden <n> <str>...
    instrs <n> then per line: opcode oparg lineno end_lineno col end_col
    expect
    stacksize <n>
    code <hex>
    consts <n> then one constant per line
    names|localsplusnames <n> <str>...
    localspluskinds <hex>
    linetable <hex>
    exceptiontable <hex>
    end
An optcfg record is: optcfg <label hex>; nlocals <n>; consts; instrs; expect; consts; instrs;
end.
Constants: N None, T True, F False, E Ellipsis, i<decimal> int, f<hex bits> float,
j<hex bits>,<hex bits> complex, s<hex> str, b<hex> bytes, t<n> tuple and f<n> frozenset
followed by their items on the same line, C<fingerprint> a code object.
"""

import ast
import dis
import hashlib
import os
import struct
import sys
import types
import warnings

import _testinternalcapi

HIDDEN = 0x10


def s(text):
    return "x" + text.encode("utf-8", "surrogatepass").hex()


def fbits(x):
    return struct.pack(">d", x).hex()


def const(value, out):
    if value is None:
        out.append("N")
    elif value is True:
        out.append("T")
    elif value is False:
        out.append("F")
    elif value is Ellipsis:
        out.append("E")
    elif type(value) is int:
        out.append("i%d" % value)
    elif type(value) is float:
        out.append("f" + fbits(value))
    elif type(value) is complex:
        out.append("j%s,%s" % (fbits(value.real), fbits(value.imag)))
    elif type(value) is str:
        out.append("s" + value.encode("utf-8", "surrogatepass").hex())
    elif type(value) is bytes:
        out.append("b" + value.hex())
    elif type(value) is tuple:
        out.append("t%d" % len(value))
        for v in value:
            const(v, out)
    elif type(value) is frozenset:
        out.append("z%d" % len(value))
        for v in value:
            const(v, out)
    elif isinstance(value, types.CodeType):
        out.append("C" + code_fingerprint(value))
    else:
        raise TypeError("unexpected constant %r" % (value,))


def code_fingerprint(code):
    # Nested code objects are not compared here, only recognized: the input's (from the code
    # generator) and the output's (from compile()) are different objects of equal content.
    h = hashlib.sha1(repr((code.co_qualname, code.co_firstlineno)).encode())
    h.update(code.co_code)
    h.update(code.co_linetable)
    return h.hexdigest()[:16]


def consts_lines(values):
    lines = []
    for v in values:
        out = []
        const(v, out)
        lines.append(" ".join(out))
    return lines


def strs(tag, items):
    return " ".join([tag, str(len(items))] + [s(x) for x in items])


def ordered(d):
    return [k for k, _ in sorted(d.items(), key=lambda kv: kv[1])]


def instr_lines(insts):
    out = ["instrs %d" % len(insts)]
    for ins in insts:
        out.append("%d %d %d %d %d %d" % tuple(ins))
    return out


def input_lines(header, label, flags, firstlineno, name, qualname, meta, hidden, insts):
    keys = sorted(meta["consts"].items(), key=lambda kv: kv[1])
    # Constant keys: tuples stand for (type or item keys, value, ...); others are the value.
    in_consts = [k[1] if type(k) is tuple else k for k, _ in keys]
    out = [header + " " + label.encode("utf-8", "surrogatepass").hex()]
    out.append("flags %d" % flags)
    out.append("firstlineno %d" % firstlineno)
    out.append("name " + s(name))
    out.append("qualname " + s(qualname))
    out.append("args %d %d %d" % (meta["argcount"], meta["posonlyargcount"], meta["kwonlyargcount"]))
    cl = consts_lines(in_consts)
    out.append("consts %d" % len(cl))
    out.extend(cl)
    out.append(strs("names", ordered(meta["names"])))
    out.append(strs("varnames", ordered(meta["varnames"])))
    out.append(strs("cellvars", ordered(meta["cellvars"])))
    out.append(strs("freevars", ordered(meta["freevars"])))
    out.append(strs("fasthidden", hidden))
    out.extend(instr_lines(insts))
    return out


def expect_lines(code, hidden=None):
    kinds = localspluskinds(code, hidden)
    out = ["expect"]
    out.append("stacksize %d" % code.co_stacksize)
    out.append("code " + code.co_code.hex())
    cl = consts_lines(code.co_consts)
    out.append("consts %d" % len(cl))
    out.extend(cl)
    out.append(strs("names", code.co_names))
    out.append(strs("localsplusnames", localsplusnames(code)))
    out.append("localspluskinds " + bytes(kinds).hex())
    out.append("linetable " + code.co_linetable.hex())
    out.append("exceptiontable " + code.co_exceptiontable.hex())
    out.append("end")
    return out


def record(label, source, filename):
    # compile() first: compiler_codegen crashes on some invalid sources (bad __future__
    # imports) instead of raising.
    code = compile(source, filename, "exec", dont_inherit=True)
    tree = ast.parse(source, filename)
    insts, meta = _testinternalcapi.compiler_codegen(tree, filename, 0)
    kinds = localspluskinds(code)
    hidden = [n for n, k in zip(localsplusnames(code), kinds) if k & HIDDEN]
    out = input_lines("unit", label, code.co_flags, code.co_firstlineno, meta["name"],
                      code.co_qualname, meta, hidden, insts)
    out.extend(expect_lines(code))
    return "\n".join(out) + "\n"


NAME_TO_FAST = {"LOAD_NAME": "LOAD_FAST", "STORE_NAME": "STORE_FAST", "DELETE_NAME": "DELETE_FAST"}


def optcfg_record(label, source):
    """The code of a module with its name loads and stores made fast, before and after
    _testinternalcapi.optimize_cfg."""
    tree = ast.parse(source, "<case>")
    insts, meta = _testinternalcapi.compiler_codegen(tree, "<case>", 0)
    fast = {dis.opmap[a]: dis.opmap[b] for a, b in NAME_TO_FAST.items()}
    insts = [(fast.get(i[0], i[0]),) + tuple(i[1:]) for i in insts]
    if any(i[0] in (dis.opmap["SETUP_FINALLY"], dis.opmap["SETUP_CLEANUP"], dis.opmap["SETUP_WITH"])
           for i in insts):
        raise ValueError(label + ": optimize_cfg cannot take exception handlers")
    keys = sorted(meta["consts"].items(), key=lambda kv: kv[1])
    consts = [k[1] if type(k) is tuple else k for k, _ in keys]
    nlocals = len(meta["names"])
    out = ["optcfg " + label.encode().hex(), "nlocals %d" % nlocals]
    cl = consts_lines(consts)
    out.append("consts %d" % len(cl))
    out.extend(cl)
    out.extend(instr_lines(insts))
    result = _testinternalcapi.optimize_cfg(insts, consts, nlocals)
    out.append("expect")
    cl = consts_lines(consts)
    out.append("consts %d" % len(cl))
    out.extend(cl)
    out.extend(instr_lines(result))
    out.append("end")
    return "\n".join(out) + "\n"


def func_record(label, code, insts, meta):
    """A hand-written function sequence, to be assembled as a whole and compared with the
    compiled function."""
    out = input_lines("unit", label, code.co_flags, code.co_firstlineno, meta["name"],
                      meta["qualname"], meta, [], insts)
    out.extend(expect_lines(code, set()))
    return "\n".join(out) + "\n"


def asm_record(label, insts, meta):
    """A hand-built sequence through _testinternalcapi.assemble_code_object."""
    code = _testinternalcapi.assemble_code_object("<case>", insts, meta)
    hidden = list(meta["fasthidden"])
    out = input_lines("asm", label, 0, meta["firstlineno"], meta["name"], meta["qualname"],
                      meta, hidden, insts)
    out.extend(expect_lines(code, set(hidden)))
    return "\n".join(out) + "\n"


def localsplusnames(code):
    return list(code.co_varnames) + [n for n in code.co_cellvars if n not in code.co_varnames] + list(code.co_freevars)


def localspluskinds(code, hidden=None):
    # Python does not expose co_localspluskinds. co_varnames carry LOCAL (and CELL when also
    # a cell); outside functions every fast local belongs to an inlined comprehension, which
    # is what HIDDEN marks (unless the hidden names are given).
    if hidden is None:
        hidden = set(code.co_varnames) if not (code.co_flags & 0x1) else set()
    kinds = []
    for n in code.co_varnames:
        k = 0x20
        if n in hidden:
            k |= HIDDEN
        if n in code.co_cellvars:
            k |= 0x40
        kinds.append(k)
    for n in code.co_cellvars:
        if n not in code.co_varnames:
            kinds.append(0x40)
    for n in code.co_freevars:
        kinds.append(0x80)
    return kinds


def stdlib_files(root):
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.join(dirpath, f))
    return sorted(out)


def main():
    warnings.simplefilter("ignore")
    out_path, mode, arg = sys.argv[1], sys.argv[2], sys.argv[3]
    n = skipped = 0
    with open(out_path, "w", encoding="ascii") as out:
        if mode == "--stdlib":
            for path in stdlib_files(arg):
                with open(path, "rb") as f:
                    source = f.read()
                rel = os.path.relpath(path, arg)
                try:
                    rec = record(rel, source, rel)
                except (SyntaxError, ValueError, RecursionError, MemoryError):
                    skipped += 1
                    continue
                out.write(rec)
                n += 1
        elif mode == "--cases":
            ns = {}
            with open(arg, encoding="utf-8") as f:
                exec(f.read(), ns)
            for name, source in ns["CASES"]:
                out.write(record(name, source, "<case>"))
                n += 1
            for name, source in ns["OPT_CASES"]:
                out.write(optcfg_record(name, source))
                n += 1
            for name, insts, meta in ns["ASM_CASES"](dis.opmap):
                out.write(asm_record(name, insts, meta))
                n += 1
            funcs = {}
            exec(compile(ns["FUNC_SOURCE"], "<case>", "exec", dont_inherit=True), funcs)
            for name, code, insts, meta in ns["FUNC_CASES"](dis.opmap, lambda f: funcs[f].__code__):
                out.write(func_record(name, code, insts, meta))
                n += 1
        elif mode == "--files":
            for path in sys.argv[3:]:
                with open(path, "rb") as f:
                    out.write(record(path, f.read(), path))
                n += 1
        else:
            raise SystemExit("unknown mode " + mode)
    print("units %d skipped %d" % (n, skipped))


if __name__ == "__main__":
    main()
