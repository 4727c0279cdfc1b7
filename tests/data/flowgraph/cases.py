"""Hand-written cases for the flow graph and the assembler (read by dump_units.py --cases).

CASES: module sources, compared as a whole code object with compile().
OPT_CASES: module sources whose LOAD_NAME/STORE_NAME/DELETE_NAME become LOAD_FAST/STORE_FAST/
DELETE_FAST (as in a function), compared after optimization with
_testinternalcapi.optimize_cfg (CPython crashes there on code with exception handlers, so these
have none).
ASM_CASES: hand-built sequences with metadata, compared with
_testinternalcapi.assemble_code_object (no optimization: localsplus layout, cells and free
variables, stack depth, jump offsets and the tables).
"""

def _long_if(n):
    return "if x:\n" + "".join("    y%d = %d\n" % (i % 7, i) for i in range(n)) + "z = 1\n"


def _long_while(n):
    return "while x:\n" + "".join("    y%d = x.a%d\n" % (i % 7, i) for i in range(n)) + "z = 1\n"


def _many_names(n):
    return "".join("v%d = %d.5\n" % (i, i) for i in range(n)) + "if v3:\n    v1 = v299\n"


def _many_locals(n):
    names = ", ".join("a%d" % i for i in range(n))
    return "r = [(%s) for %s in x]\n" % (names, names)


CASES = [
    ("empty", ""),
    ("docstring_only", '"doc"\n'),
    ("assignments", "x = 1\ny = x + 2\ndel x\n"),
    ("try_except_pass_one_line", "try: x = y.z\nexcept AttributeError: pass\n"),
    ("try_except_pass_then_more", "try: x = y.z\nexcept AttributeError: pass\n\nw = 1\n"),
    ("two_try_except_pass", "try: a = b.c\nexcept AttributeError: pass\ntry: d = e.f\nexcept AttributeError: pass\nx = 1\n"),
    # inlining of small exit blocks and jump threading
    ("if_else_exits", "if x:\n    y = 1\nelse:\n    y = 2\n"),
    ("if_elif_chain", "if a:\n    b = 1\nelif c:\n    b = 2\nelif d:\n    b = 3\nelse:\n    b = 4\n"),
    ("nested_if_threading", "if a:\n    if b:\n        c = 1\n    else:\n        c = 2\nd = 3\n"),
    ("loop_continue_break", "for i in x:\n    if a:\n        continue\n    if b:\n        break\n    f(i)\nelse:\n    g()\n"),
    ("while_break_else", "while a:\n    if b: break\n    c()\nelse:\n    d()\ne = 1\n"),
    ("while_true", "while True:\n    if a():\n        break\nb = 1\n"),
    ("boolops", "x = a and b or c\ny = not (a or b)\nif a and (b or not c):\n    z = 1\n"),
    ("chained_compare", "x = a < b <= c\nif a < b < c:\n    d = 1\n"),
    # constant conditions, `is None` tests, tuple folding
    ("const_ifexp", "x = a if 1 else b\ny = a if 0 else b\nz = a if '' else b\n"),
    ("const_boolop", "y = 1 or z\nw = 0 and z\nv = None or z\n"),
    ("is_none", "if w is None: pass\nif w is not None: v = 2\nx = a if b is None else c\n"),
    ("defaults_folded", "def f(a=1, b='x', c=(1, 2)): pass\ndef g(*, k=3): pass\n"),
    ("folded_equal_to_existing", "x = (1, 2)\ndef f(a=1, b=2): pass\n"),
    ("build_tuple_unpack", "a, b = c, d\na, b, c = d, e, f\na, = b,\n(a, b), c = (c, d), e\n"),
    ("from_import", "from os import path, sep as s\nimport a.b.c as d\nfrom . import x\n"),
    ("star_calls", "f(1, 2, *a)\nf(*a, 1, 2)\nx = [1, 2, 3]\ny = {1, 2, 3}\nz = (*a, 1, 2)\n"),
    # unreachable code and unused constants
    ("after_raise", "raise E\nx = 'gone'\n"),
    ("after_loop_forever", "while 1:\n    pass\nx = 'gone'\n"),
    ("if_const_false", "if 0:\n    x = 'gone'\ny = 1\n"),
    ("unused_after_return_in_try", "try:\n    raise E\n    x = 'gone'\nfinally:\n    y = 1\n"),
    # exception handling, cold blocks, lasti
    ("try_except_else_finally", "try:\n    a()\nexcept E as e:\n    b(e)\nexcept:\n    c()\nelse:\n    d()\nfinally:\n    f()\n"),
    ("try_star", "try:\n    a()\nexcept* E:\n    b()\nexcept* F as f:\n    c(f)\n"),
    ("with_statements", "with a as b, c:\n    d()\nwith e:\n    pass\n"),
    ("nested_try_in_loop", "for i in x:\n    try:\n        f(i)\n    except E:\n        continue\n    finally:\n        g()\n"),
    ("try_in_while", "while x:\n    try:\n        x -= 1\n    except:\n        break\n"),
    ("return_like_exits", "try:\n    pass\nexcept:\n    raise\n"),
    # comprehensions inlined in module scope: hidden fast locals, LOAD_FAST_CHECK
    ("listcomp", "r = [x for x in y]\n"),
    ("listcomp_tuple", "r = [(a0, a1) for a0, a1 in x]\nprint(a0)\n"),
    ("nested_comps", "r = [[x * y for y in b] for x in a if x]\ns = {k: v for k, v in d.items()}\n"),
    ("comp_with_outer_use", "x = 1\nr = [x for x in y]\nz = [x for y in w]\n"),
    ("many_locals", _many_locals(70)),
    ("genexp_and_lambda", "g = (x for x in y)\nf = lambda a, b=2: a + b\n"),
    # line numbers
    ("multiline_call", "f(\n    a,\n    b,\n)\nx = (\n  1 +\n  y)\n"),
    ("exits_without_lines", "if a:\n    if b:\n        c = 1\nelse:\n    d = 2\n"),
    ("for_else_lines", "for x in y:\n    pass\nelse:\n    pass\n"),
    ("pass_statements", "pass\nif a:\n    pass\nelif b:\n    pass\nwhile c:\n    pass\n"),
    ("assert_statement", "assert x, 'message'\nassert y\n"),
    # match statements: SWAPs, COPYs and POP_TOPs
    ("match_sequence", "match x:\n    case [a, b, *rest]:\n        y = a\n    case (1, 2) | (3, 4):\n        y = 2\n    case _:\n        y = 3\n"),
    ("match_mapping_class", "match x:\n    case {'k': v, **kw}:\n        y = v\n    case Point(x=0, y=yy) | Point(1, yy):\n        y = yy\n    case str() as s if s:\n        y = s\n    case 42 | None:\n        y = 0\n"),
    # class bodies, annotations, globals
    ("class_def", "class A(B, metaclass=M):\n    x = 1\n    def f(self): return self.x\n"),
    ("annotations", "x: int = 1\ny: str\nz.a: int = 2\n"),
    ("future_annotations", "from __future__ import annotations\nx: int = 1\n"),
    ("decorators", "@a\n@b.c(d)\ndef f(): pass\n@e\nclass C: pass\n"),
    ("fstrings", "x = f'{a!r:>{w}} {b:.2f} {c}'\n"),
    ("augassign_subscr", "a[b] += 1\na.b -= 2\na[1:2] = c\ndel a[b], a.c\n"),
    ("type_params", "def f[T](x: T) -> T: return x\nclass C[T]: pass\ntype A = list[int]\n"),
    # EXTENDED_ARG: long jumps and many names and constants
    ("long_forward_jump", _long_if(200)),
    ("long_backward_jump", _long_while(120)),
    ("many_names_and_consts", _many_names(300)),
]

OPT_CASES = [
    ("fast_straight", "x = 1\ny = x\n"),
    ("fast_maybe_unbound", "if a:\n    x = 1\ny = x\n"),
    ("fast_deleted", "x = 1\ndel x\ny = x\n"),
    ("fast_loop", "for i in r:\n    if i:\n        z = i\n    w = z\n"),
    ("fast_while", "while a:\n    b = a\n    a = b - 1\nc = b\n"),
    ("fast_const_tests", "x = a if 1 else b\ny = 1 or z\nif w is None:\n    v = 1\nu = v\n"),
    ("fast_swaps", "a, b = b, a\na, b, c = c, b, a\na, a = b, c\n"),
    # (optimize_cfg runs with an empty constant cache, so a folded tuple equal to an existing
    # constant is appended again there; compile() reuses it, as pyrs does: see CASES.)
    ("fast_folding", "def f(a=1, b=2): pass\nx = (3, 4)\n"),
    ("fast_many_locals", "".join("v%d = %d\n" % (i, i) for i in range(70)) + "if v1:\n    del v68\nw = v68 + v69\n"),
]


def _asm_cases(op):
    L = (1, 1, 0, 1)
    L2 = (2, 2, 4, 9)
    N = (-1, -1, -1, -1)

    def i(name, arg=0, loc=L):
        return (op[name], arg) + loc

    def md(**kw):
        m = {"name": "f", "qualname": "f", "consts": {None: 0}, "names": {}, "varnames": {},
             "cellvars": {}, "freevars": {}, "argcount": 0, "posonlyargcount": 0,
             "kwonlyargcount": 0, "firstlineno": 1, "fasthidden": {}}
        m.update(kw)
        return m

    out = []
    # cells of locals and of parameters, free variables
    out.append(("cells_and_frees", [
        i("RESUME"), i("LOAD_DEREF", 0), i("STORE_DEREF", 1), i("LOAD_DEREF", 2),
        i("LOAD_CLOSURE", 1), i("BUILD_TUPLE", 2), i("DELETE_DEREF", 0), i("RETURN_VALUE"),
    ], md(varnames={"a": 0, "b": 1}, cellvars={"b": 0, "c": 1}, freevars={"d": 2}, argcount=2)))
    out.append(("cell_params_out_of_order", [
        i("RESUME"), i("LOAD_DEREF", 0), i("LOAD_DEREF", 1), i("LOAD_DEREF", 2), i("BUILD_TUPLE", 3),
        i("RETURN_VALUE"),
    ], md(varnames={"p": 0, "q": 1, "r": 2}, cellvars={"r": 0, "p": 1, "z": 2}, argcount=3)))
    out.append(("frees_only", [
        i("RESUME"), i("LOAD_DEREF", 0), i("LOAD_DEREF", 1), i("BINARY_OP", 0), i("RETURN_VALUE"),
    ], md(freevars={"x": 0, "y": 1}, varnames={"a": 0}, argcount=1)))
    out.append(("hidden_locals", [
        i("RESUME"), i("LOAD_FAST", 0), i("STORE_FAST", 1), i("RETURN_CONST", 0),
    ], md(varnames={"a": 0, "b": 1}, fasthidden={"b": True})))
    # jumps: forward and backward, directions, EXTENDED_ARG
    body = [i("LOAD_FAST", 0, L2), i("STORE_FAST", 1, L2)] * 150
    n = len(body)
    out.append(("long_jumps", [
        i("RESUME"), i("LOAD_FAST", 0), i("POP_JUMP_IF_FALSE", 5 + n), i("NOP"),
    ] + body + [
        i("JUMP", 3), i("RETURN_CONST", 0, N),
    ], md(varnames={"a": 0, "b": 1}, argcount=1)))
    out.append(("stack_depth", [
        i("RESUME"), i("LOAD_CONST", 0), i("LOAD_CONST", 0), i("LOAD_CONST", 0), i("BUILD_TUPLE", 3),
        i("LOAD_CONST", 0), i("POP_JUMP_IF_TRUE", 9), i("LOAD_CONST", 0), i("POP_TOP"),
        i("RETURN_VALUE", 0, L2),
    ], md()))
    return out


ASM_CASES = _asm_cases


FUNC_SOURCE = '''def g():
    yield 1

def f(a, b):
    def h():
        return a + c
    c = b
    return h

def k(a, *args, b, **kw):
    if a:
        x = 1
    del b
    return x, b, kw

async def a():
    await x
'''


def _func_cases(op, code):
    """Function code units, whose raw sequences compiler_codegen cannot reach: the sequences
    CPython 3.12's code generator makes for the functions of FUNC_SOURCE, written out by hand,
    compared with the compiled functions. `code(name)` gives a compiled function's code."""
    N = (-1, -1, -1, -1)

    def i(name, arg=0, loc=N):
        return (op[name], arg) + loc

    def md(co, consts, **kw):
        m = {"name": co.co_name, "qualname": co.co_qualname, "consts": consts, "names": {},
             "varnames": {}, "cellvars": {}, "freevars": {}, "argcount": 0,
             "posonlyargcount": 0, "kwonlyargcount": 0, "firstlineno": co.co_firstlineno,
             "fasthidden": {}}
        m.update(kw)
        return m

    out = []
    g = code("g")
    # The body is wrapped in SETUP_CLEANUP (inserted first) and a StopIteration handler.
    out.append(("generator", g, [
        i("SETUP_CLEANUP", 8), i("RESUME", 0, (1, 1, 0, 0)), i("LOAD_CONST", 1, (2, 2, 10, 11)),
        i("YIELD_VALUE", 0, (2, 2, 4, 11)), i("RESUME", 1, (2, 2, 4, 11)),
        i("POP_TOP", 0, (2, 2, 4, 11)), i("LOAD_CONST", 0), i("RETURN_VALUE"),
        i("CALL_INTRINSIC_1", 3), i("RERAISE", 1), i("LOAD_CONST", 0), i("RETURN_VALUE"),
    ], md(g, {None: 0, 1: 1})))
    f = code("f")
    h = f.co_consts[1]
    L = (5, 6, 4, 20)
    out.append(("closure_cells", f, [
        i("RESUME", 0, (4, 4, 0, 0)), i("LOAD_CLOSURE", 0, L), i("LOAD_CLOSURE", 1, L),
        i("BUILD_TUPLE", 2, L), i("LOAD_CONST", 1, L), i("MAKE_FUNCTION", 8, L),
        i("STORE_FAST", 2, L), i("LOAD_FAST", 1, (7, 7, 8, 9)), i("STORE_DEREF", 1, (7, 7, 4, 5)),
        i("LOAD_FAST", 2, (8, 8, 11, 12)), i("RETURN_VALUE", 0, (8, 8, 4, 12)),
        i("LOAD_CONST", 0), i("RETURN_VALUE"),
    ], md(f, {None: 0, h: 1}, varnames={"a": 0, "b": 1, "h": 2}, cellvars={"a": 0, "c": 1},
          argcount=2)))
    k = code("k")
    out.append(("parameters_and_unbound_locals", k, [
        i("RESUME", 0, (10, 10, 0, 0)), i("LOAD_FAST", 0, (11, 11, 7, 8)),
        i("POP_JUMP_IF_FALSE", 5, (11, 11, 7, 8)), i("LOAD_CONST", 1, (12, 12, 12, 13)),
        i("STORE_FAST", 4, (12, 12, 8, 9)), i("DELETE_FAST", 1, (13, 13, 8, 9)),
        i("LOAD_FAST", 4, (14, 14, 11, 12)), i("LOAD_FAST", 1, (14, 14, 14, 15)),
        i("LOAD_FAST", 3, (14, 14, 17, 19)), i("BUILD_TUPLE", 3, (14, 14, 11, 19)),
        i("RETURN_VALUE", 0, (14, 14, 4, 19)), i("LOAD_CONST", 0), i("RETURN_VALUE"),
    ], md(k, {None: 0, 1: 1}, varnames={"a": 0, "b": 1, "args": 2, "kw": 3, "x": 4},
          argcount=1, kwonlyargcount=1)))
    a = code("a")
    A = (17, 17, 4, 11)
    out.append(("coroutine_await", a, [
        i("SETUP_CLEANUP", 16), i("RESUME", 0, (16, 16, 0, 0)), i("LOAD_GLOBAL", 0, (17, 17, 10, 11)),
        i("GET_AWAITABLE", 0, A), i("LOAD_CONST", 0, A), i("SEND", 12, A),
        i("SETUP_FINALLY", 11, A), i("YIELD_VALUE", 0, A), i("POP_BLOCK"), i("RESUME", 3, A),
        i("JUMP_NO_INTERRUPT", 5, A), i("CLEANUP_THROW", 0, A), i("END_SEND", 0, A),
        i("POP_TOP", 0, A), i("LOAD_CONST", 0), i("RETURN_VALUE"),
        i("CALL_INTRINSIC_1", 3), i("RERAISE", 1), i("LOAD_CONST", 0), i("RETURN_VALUE"),
    ], md(a, {None: 0}, names={"x": 0})))
    return out


FUNC_CASES = _func_cases
