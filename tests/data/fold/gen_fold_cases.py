"""Writes tests/data/fold/cases.txt: how CPython 3.12 constant-folds thousands of expressions.

Run with CPython 3.12 from the repository root:
    python3.12 tests/data/fold/gen_fold_cases.py > tests/data/fold/cases.txt
(it re-runs itself under PYTHONHASHSEED=0, so that sets of strings have a reproducible order).

For each case the statement is compiled by the compiler's code generator
(`_testinternalcapi.compiler_codegen`: after constant folding, before any flow-graph
optimization), and the instructions that evaluate the expression are recorded: a single
LOAD_CONST when the expression was folded, the operations otherwise.

Each line has five tab-separated fields:
    context  optimize  source  ast  instructions
context is `assign` (the statement is `x = E`), `for` (`for x in E: pass`) or `comp`
(`[y for y in E]`; the instructions are then those before the first GET_ITER). ast is the
expression's syntax tree as CPython parses it, instructions the code generated for it, both in
the token notation below (tokens separated by single spaces):
    node:   ( Kind LOC fields... )           LOC = lineno,end_lineno,col,end_col
            ( Constant LOC u|- VALUE )
            ( Name LOC CTX id )              CTX = Load|Store|Del
            ( BinOp LOC OP left right )      ( UnaryOp LOC OP operand )
            ( Compare LOC left OP right [OP right...] )
            ( Tuple|List LOC CTX elts... )   ( Set LOC elts... )
            ( Starred LOC CTX value )        ( Subscript LOC CTX value slice )
            ( JoinedStr LOC values... )      ( FormattedValue LOC CONV value spec|_ )
    value:  N (None), E (Ellipsis), T, F, i<int>, f<hex bits>, c<hex bits>,<hex bits>,
            s<hex of UTF-8 (surrogates allowed)>, b<hex>, t[ values... ], z[ values... ]
            (a frozenset, in iteration order)
    instr:  OPNAME ARG LOC, where ARG is a value for LOAD_CONST, a name for LOAD_NAME, an int
            otherwise
"""
import ast
import dis
import os
import random
import struct
import subprocess
import sys
import warnings

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))

import _testinternalcapi  # noqa: E402

assert sys.version_info[:2] == (3, 12), sys.version
warnings.simplefilter("ignore")


def fbits(x):
    return struct.pack(">d", x).hex()


def value(v):
    if v is None:
        return "N"
    if v is ...:
        return "E"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if type(v) is int:
        return "i%d" % v
    if type(v) is float:
        return "f" + fbits(v)
    if type(v) is complex:
        return "c%s,%s" % (fbits(v.real), fbits(v.imag))
    if type(v) is str:
        return "s" + v.encode("utf-8", "surrogatepass").hex()
    if type(v) is bytes:
        return "b" + v.hex()
    if type(v) is tuple:
        return " ".join(["t["] + [value(x) for x in v] + ["]"])
    if type(v) is frozenset:
        return " ".join(["z["] + [value(x) for x in v] + ["]"])
    raise TypeError(type(v))


def loc(n):
    return "%d,%d,%d,%d" % (n.lineno, n.end_lineno, n.col_offset, n.end_col_offset)


def node(n):
    k = type(n).__name__
    parts = ["(", k, loc(n)]
    if k == "Constant":
        parts += ["u" if n.kind == "u" else "-", value(n.value)]
    elif k == "Name":
        parts += [type(n.ctx).__name__, n.id]
    elif k == "BinOp":
        parts += [type(n.op).__name__, node(n.left), node(n.right)]
    elif k == "UnaryOp":
        parts += [type(n.op).__name__, node(n.operand)]
    elif k == "Compare":
        parts.append(node(n.left))
        for op, right in zip(n.ops, n.comparators):
            parts += [type(op).__name__, node(right)]
    elif k in ("Tuple", "List"):
        parts.append(type(n.ctx).__name__)
        parts += [node(e) for e in n.elts]
    elif k == "Set":
        parts += [node(e) for e in n.elts]
    elif k == "Starred":
        parts += [type(n.ctx).__name__, node(n.value)]
    elif k == "Subscript":
        parts += [type(n.ctx).__name__, node(n.value), node(n.slice)]
    elif k == "JoinedStr":
        parts += [node(e) for e in n.values]
    elif k == "FormattedValue":
        parts += [str(n.conversion), node(n.value), node(n.format_spec) if n.format_spec else "_"]
    else:
        raise TypeError(k)
    parts.append(")")
    return " ".join(parts)


OPNAME = dis._all_opname


def instructions(tree, optimize, context):
    insts, meta = _testinternalcapi.compiler_codegen(tree, "f", optimize)
    consts = {i: (k if not isinstance(k, tuple) else k[1]) for k, i in meta["consts"].items()}
    names = {i: k for k, i in meta["names"].items()}
    names_used = [OPNAME[op] for op, *_ in insts]
    if context == "assign":
        assert names_used[-3:] == ["STORE_NAME", "LOAD_CONST", "RETURN_VALUE"], names_used
        body = insts[1:-3]
    else:
        body = insts[1:names_used.index("GET_ITER")]
    out = []
    for op, arg, *where in body:
        name = OPNAME[op]
        if name == "LOAD_CONST":
            a = value(consts[arg])
        elif name in ("LOAD_NAME", "STORE_NAME"):
            a = names[arg]
        else:
            a = str(arg)
        out.append("%s %s %d,%d,%d,%d" % (name, a, *where))
    return " ".join(out)


TEMPLATES = {"assign": "x = {}", "for": "for x in {}: pass", "comp": "[y for y in {}]"}


def expression_node(tree, context):
    stmt = tree.body[0]
    if context == "assign":
        return stmt.value
    if context == "for":
        return stmt.iter
    return stmt.value.generators[0].iter


seen = set()
lines = []


def case(src, context="assign", optimize=0):
    key = (src, context, optimize)
    if key in seen:
        return
    seen.add(key)
    assert "\t" not in src and "\n" not in src
    full = TEMPLATES[context].format(src)
    tree = ast.parse(full)
    e = expression_node(tree, context)
    lines.append("\t".join([context, str(optimize), src, node(e), instructions(tree, optimize, context)]))


# Atoms: source snippets for constants of every kind, near the interesting edges.
INT_ATOMS = [
    "0", "1", "2", "3", "7", "10", "-1", "-2", "-7", "255", "256", "-256", "1000",
    "2**31", "2**32", "2**53+1", "2**62", "2**63-1", "2**63", "-2**63", "2**64", "2**64-1",
    "2**100", "2**126", "2**127", "-2**127", "2**128", "2**1023", "2**1024", "-2**1024",
    "0x" + "f" * 32, "0x" + "f" * 33, "0x1" + "0" * 256, "-0x1" + "0" * 256,
    "12345678901234567890123456789", "3**80", "0x" + "9" * 300,
    "True", "False",
]
FLOAT_ATOMS = [
    "0.0", "-0.0", "0.5", "-0.5", "1.0", "-1.0", "1.5", "2.0", "-2.5", "3.0", "0.1", "1e-300",
    "5e-324", "-5e-324", "2.2250738585072014e-308", "1.7976931348623157e308", "1e308", "1e16",
    "9007199254740993.0", "4503599627370496.5", "1e999", "-1e999", "(1e999-1e999)", "100.0",
    "-100.5", "0.3333333333333333", "123456.789",
]
COMPLEX_ATOMS = [
    "0j", "-0j", "1j", "-1j", "2j", "(1+2j)", "(1-2j)", "(-1.5+0.5j)", "(0.0-0j)", "1e308j",
    "(1e999j)", "(3+0j)", "(0.5+0.5j)", "(-2+0j)", "(1e-320j)",
]
STR_ATOMS = [
    "''", "'a'", "'ab'", "'abc'", "'\\xe9t\\xe9'", "'\\u20ac'", "'\\U0001F600x'", "u'u'",
    "'%s'", "'%%'", "'\\ud800'", "'x' 'y'",
]
BYTES_ATOMS = ["b''", "b'a'", "b'ab\\xff'"]
TUPLE_ATOMS = [
    "()", "(1,)", "(1, 2)", "(1, 'a', 2.5)", "((1, 2), (3, (4,)))", "(None, ...)", "((),)",
    "(1,) * 256", "((1, 2),) * 100", "(True, False)",
]
OTHER_ATOMS = ["None", "...", "a"]
NUM_ATOMS = INT_ATOMS + FLOAT_ATOMS + COMPLEX_ATOMS
ALL_ATOMS = NUM_ATOMS + STR_ATOMS + BYTES_ATOMS + TUPLE_ATOMS + OTHER_ATOMS

EDGES = [
    # Powers: negative bases, fractional and negative exponents, complex results.
    "(-8) ** (1/3)", "(-2.0) ** 0.5", "(-1) ** 0.5", "2 ** 0.5", "(-2) ** -1", "0 ** 0",
    "0.0 ** -1", "(-0.0) ** -1", "(-0.0) ** 3", "(-0.0) ** 2", "(-0.0) ** 0.5", "1 ** 1e999",
    "(-1) ** 1e999", "1e999 ** -1", "(-1e999) ** 3", "(-1e999) ** -3", "(-1e999) ** 2.5",
    "0.5 ** 1e999", "0.5 ** -1e999", "2.0 ** 1e999", "(1e999-1e999) ** 0", "1.0 ** (1e999-1e999)",
    "(1e999j) ** 2", "(1+1j) ** 100", "(1+1j) ** 101", "(1+1j) ** -100", "(1+1j) ** 0.5",
    "0j ** 0", "0j ** -1", "0j ** 1j", "0j ** 2", "(2+0j) ** 1000", "(2+0j) ** 100",
    "(1.0000001+0j) ** 1e10", "10 ** -400", "10.0 ** 400", "(-10.0) ** 401", "1e200 ** 2",
    "(1+2j) ** (3+4j)", "(1+2j) ** -2", "1j ** 1j", "(-1) ** (1/2)", "2 ** -1074", "2 ** -1075",
    "(2**1024) ** -1", "2 ** (2**1024)", "(-1) ** 2**64", "(-1) ** 127", "(-1) ** 129",
    "(-3) ** 80", "(-3) ** 81", "(2**64) ** 2", "(2**64-1) ** 2", "(1e308 * 10) ** 0",
    # Division and modulo.
    "-1e-300 // 1e300", "5.0 % -0.0", "1e308 % 1e-308", "-7.5 // 2", "7.5 % -2", "1e300 // 1e-300",
    "-1e300 // 1e-300", "1e308 // 0.1", "0.0 // -1", "-0.0 // 1", "-0.0 % 1", "0.0 % -1",
    "5 % -0.5", "-5 % 0.5", "(2**1100) / (2**1000)", "1 / 2**1100", "(10**400) / (10**399)",
    "(2**1024) / 1", "(2**1024) / 2", "-1 / 3", "(2**53+1) / 1", "(2**53+3) / 2", "True / False",
    "True / 2", "0 / -5", "-0 / 5", "(-2**1074) / 2**2148", "1 / (2**1074)", "3 / (2**1076)",
    "(2**1023 * 3) / 2", "(2**1024 - 2**970) / 1", "(2**1024 - 2**971) / 1",
    "(10**600 + 1) / (10**300)", "-(10**600) // 7", "(10**600) % -7", "(-10**600) % 7",
    "7 // -(2**200)", "-7 // (2**200)", "(2**200) % -1", "1.5 // 1e-320", "(1+2j) / 0",
    "(1+2j) / 0j", "1 / 0j", "(1+2j) / (3-4j)", "(1e308+1e308j) / (1e-308+1e-308j)",
    "1j / 1e999", "(1+1j) / (1e999+1e999j)", "1j // 1", "1j % 1",
    # Shifts and bit operations.
    "-1 >> 1", "-5 >> 1", "(-2**100) >> 50", "1 >> 2**64", "-1 >> 2**64", "0 << 2**64",
    "0 << -1", "1 << 0", "True << 0", "True >> 0", "5 >> -1", "0 >> -1", "True & True",
    "True | False", "True ^ True", "True & 2", "-1 & 2**100", "-(2**100) | 5", "-6 ^ -3",
    "~0", "~-1", "~(2**100)", "~True", "~False", "-True", "+False", "not 0.0", "not -0.0",
    "not 0j", "not (1e999-1e999)", "not (1,)", "not ()", "not ''", "not b'\\x00'", "not ...",
    # Conversions of big ints to float.
    "(2**1024) + 0.0", "(2**1024 - 1) * 1.0", "(2**53 + 1) + 0.0", "(2**53 + 3) * 1.0",
    "(2**1023 + 2**970) - 0.0", "(2**1023 + 2**971) - 0.0", "(2**1024) + 0j", "(2**1024) * 1j",
    "(2**1024) ** -1.0", "(-2**1024) + 1.5",
    # Folds feeding folds.
    "(1, 2) + (3,)", "(1,) * 3 + (2,)", "'a' + 'b' * 3", "-(-(1))", "(1, 2)[0] + (3, 4)[-1]",
    "('a', 'b')[1] * 3", "b'abc'[1] << 2", "((1, 2), 3)[0][1]", "'%s' % 'a'", "'%s' % ('a',)",
    "(1, 2) * 2 * 2", "2 * (1, 2) * 2", "'' * -5", "() * -5", "'x' * False", "(1,) * True",
    "1 + 2 + 3 + 4 + 5", "2 ** 3 ** 2", "(2 ** 3) ** 2", "-2 ** 2", "(-2) ** 2",
]

BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
UNOPS = ["-", "+", "~", "not "]


def paren(a):
    return "(%s)" % a


def main():
    rng = random.Random(312)
    # Unary operators on every atom, and twice.
    for op in UNOPS:
        for a in ALL_ATOMS:
            case(op + paren(a))
        for a in ["1", "-1", "2**127", "True", "0.5", "-0.0", "(1e999-1e999)", "1j", "-0j", "''", "()",
                  "None", "a"]:
            case(op + op + paren(a))
    # Numbers with numbers: every operator, every pair of a sample, plus random pairs.
    core = [
        "0", "1", "2", "-1", "-7", "255", "2**63", "2**64", "2**127", "-2**127", "2**1024",
        "True", "False", "0.0", "-0.0", "0.5", "-2.5", "1e308", "5e-324", "1e999", "-1e999",
        "(1e999-1e999)", "0j", "1j", "(1+2j)", "(-1.5+0.5j)", "1e308j",
    ]
    for op in BINOPS:
        for a in core:
            for b in core:
                case("%s %s %s" % (paren(a), op, paren(b)))
    for _ in range(2500):
        op = rng.choice(BINOPS)
        case("%s %s %s" % (paren(rng.choice(NUM_ATOMS)), op, paren(rng.choice(NUM_ATOMS))))
    # Everything with everything, sparsely (type errors and sequence operations).
    for _ in range(2000):
        op = rng.choice(BINOPS)
        case("%s %s %s" % (paren(rng.choice(ALL_ATOMS)), op, paren(rng.choice(ALL_ATOMS))))
    seqs = STR_ATOMS + BYTES_ATOMS + TUPLE_ATOMS
    for a in seqs:
        for b in seqs:
            case("%s + %s" % (paren(a), paren(b)))
    # The size limits of *, ** and <<.
    for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 63, 64, 65, 100, 127, 128, 129, 200, 2**64]:
        for base in ["1", "-1", "2", "3", "-2", "255", "256", "2**63", "2**64", "0", "True"]:
            case("%s ** %d" % (paren(base), n))
            case("%s << %d" % (paren(base), n))
        case("%d ** -%d" % (2, n))
    for bits_a in [1, 2, 60, 63, 64, 65, 100, 126, 127, 128]:
        for bits_b in [1, 2, 63, 64, 65]:
            case("(2**%d-1) * (2**%d-1)" % (bits_a, bits_b))
            case("(-2**%d) * (2**%d)" % (bits_a - 1, bits_b - 1))
    # (sequence, the repetition counts at its limits): 4096 characters or bytes, 256 items,
    # 1024 items with the nested ones.
    for s, limits in [("'ab'", [2048]), ("'\\u20ac'", [4096]), ("b'xyz'", [1365]),
                      ("(1, 2)", [128]), ("((1, 2), 3)", [128, 256]), ("((1, (2, 3)),)", [204, 256]),
                      ("(((1, 2), 3, 4),)", [146, 147]), ("''", [4096]), ("()", [256]),
                      ("b''", [4096])]:
        counts = [-1, 0, 1, 2, 3, 5, 2**31, 2**63 - 1, 2**63, 2**64]
        for n in limits:
            counts += [n - 1, n, n + 1]
        for n in counts:
            case("%s * %d" % (s, n))
            case("%d * %s" % (n, s))
        case("%s * True" % s)
        case("False * %s" % s)
        case("%s * 2.0" % s)
    # Hand-picked edges of each operation.
    for src in EDGES:
        case(src)
    # Subscripts.
    for s in ["'abc'", "'h\\xe9\\u20ac\\U0001F600'", "b'ab\\xff'", "(1, (2, 3), 'x')", "()", "''",
              "1", "None", "2.5"]:
        for i in ["0", "1", "2", "3", "-1", "-3", "-4", "True", "False", "2**63", "-2**63",
                  "2**64", "1.0", "'a'", "None", "(0,)"]:
            case("%s[%s]" % (paren(s), i))
    case("a[1 + 2]")
    case("(1, 2)[a]")
    # Tuples.
    for t in ["(1, 2)", "(1, a)", "((1, 2), (3, a))", "(-1, not 1, ~2)", "(a, (1, 2))",
              "((), ((),))", "(1, *a)", "(1, 2)[0], 3"]:
        case(t)
    # % formatting.
    fmts = ["'%s'", "'%r'", "'%a'", "'%d'", "'%i'", "'%x'", "'%f'", "'%5s'", "'%-5s'", "'%.3s'",
            "'%5.3r'", "'%-10.2a'", "'%99s'", "'%100s'", "'%.99s'", "'%.100s'", "'%+s'",
            "'% s'", "'%#s'", "'%05s'", "'%-05s'", "'%.s'", "'%*s'", "'%(a)s'", "'%'", "'%%'",
            "'a%%b%sc'", "'%s%s'", "'%s %r %a'", "'x=%s, y=%r!'", "''", "'\\u20ac%s\\U0001F600'",
            "'%s%%'", "'%%%s'", "'%s%'", "'%c'", "'%s %d'"]
    for f in fmts:
        for args in ["(a,)", "(a, b)", "(a, b, c)", "()", "(1,)", "(a, 1)", "(*a,)", "(a, *b)",
                     "a", "[a]"]:
            case("%s %% %s" % (f, args))
    case("b'%s' % (a,)")
    case("'%s' % (1 + a,)")
    # not with comparisons.
    for op in ["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"]:
        case("not (a %s b)" % op)
        case("not not (a %s b)" % op)
        case("a %s b" % op)
    case("not a")
    case("not (1 in b)")
    # Iterated lists and sets: the right of in and not in, for loops and comprehensions.
    iterables = [
        "[]", "[1]", "[1, 2]", "[1, 2, 3]", "[a, 1]", "[a, b, c]", "[*a]", "[1, *a]", "[[1], 2]",
        "[(1, 2), 3]", "[-1, 2 ** 3]", "{1}", "{1, 2, 3}", "{3, 2, 1}", "{1, 1, 1.0, True}",
        "{0, 0.0, -0.0, False, 0j}", "{a, 1}", "{*a}", "{1, *a}", "{'a', 'b', 'c'}",
        "{'x', b'x'}", "{1.5, 2.5, -0.0, 1e999, -1e999}", "{1j, 2j, 1+1j}", "{(1, 2), (1, 2.0), ()}",
        "{None, True, 1}", "{-1, -2, 2**61 - 1, 2**61, 2**64}", "{''}",
        "{" + ", ".join(str(i) for i in range(30)) + "}",
        "{" + ", ".join(str(i * 37) for i in range(100)) + "}",
        "{" + ", ".join(repr(chr(97 + i) * 2) for i in range(26)) + "}",
        "{" + ", ".join(str(-i * 8) for i in range(20)) + "}",
        "{" + ", ".join("%d.5" % i for i in range(40)) + "}",
        "{" + ", ".join("(%d, 'k%d')" % (i, i) for i in range(12)) + "}",
        "{" + ", ".join(str(2**i) for i in range(0, 130, 3)) + "}",
        "[" + ", ".join(str(i) for i in range(40)) + "]",
        "(1, 2)", "a", "'abc'",
    ]
    rng2 = random.Random(3)
    for _ in range(40):
        items = [str(rng2.randrange(-10**6, 10**6)) for _ in range(rng2.randrange(1, 60))]
        iterables.append("{" + ", ".join(items) + "}")
    for it in iterables:
        case("a in %s" % it)
        case("a not in %s" % it)
        case("a == %s" % it)
        case("%s" % it)
        case(it, "for")
        case(it, "comp")
    # __debug__.
    for src in ["__debug__", "not __debug__", "__debug__ + 1", "(__debug__, 1)", "-__debug__"]:
        case(src, optimize=0)
        case(src, optimize=1)
        case(src, optimize=2)
    # f-strings: the parts are folded, the string is not.
    for src in ["f'{1 + 2}'", "f'{a!r:{1 + 1}}'", "f'x{(1, 2)}y'", "f'{a}' 'b'", "f'{\"a\" \"b\"}'"]:
        case(src)
    for line in lines:
        print(line)


main()
