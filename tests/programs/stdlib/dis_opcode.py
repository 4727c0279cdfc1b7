# The opcode tables of opcode and dis, and stack_effect with its edge cases, as CPython 3.12.
import dis
import opcode

print(opcode.__all__)
print(dis.cmp_op, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(opcode.MIN_INSTRUMENTED_OPCODE, opcode.MIN_PSEUDO_OPCODE, opcode.MAX_PSEUDO_OPCODE)
print(len(opcode.opname), opcode.opname[:12])
print(opcode.opname[230:])
print(len(opcode.opmap), [(k, v) for k, v in opcode.opmap.items()][:5], opcode.opmap["RESUME"])
print(list(opcode.opmap.values()) == sorted(opcode.opmap.values()))
for name in ("hasarg", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
             "hascompare", "hasfree", "hasexc"):
    print(name, getattr(opcode, name), getattr(dis, name) is getattr(opcode, name))
print([opcode.is_pseudo(n) for n in (0, 255, 256, 266, 267)])
print(opcode._pseudo_ops)
print(opcode._nb_ops[:3], len(opcode._nb_ops))
print(opcode._intrinsic_1_descs)
print(opcode._intrinsic_2_descs)
print(opcode._specializations["LOAD_FAST"], len(opcode._specialized_instructions))
print(list(opcode._cache_format.items()))
print(opcode._inline_cache_entries)
print([(n, dis._all_opname[n]) for n in range(256) if dis._all_opname[n] != opcode.opname[n]])
print(dis._all_opname[256:] == opcode.opname[256:])
print(sorted(dis.deoptmap.items())[:5], len(dis.deoptmap))
print([dis._deoptop(n) for n in (1, 100, dis._all_opmap["LOAD_FAST__LOAD_FAST"],
                                 dis._all_opmap["CALL_NO_KW_LEN"])])

print("== stack_effect")
for name in ("POP_TOP", "LOAD_CONST", "BUILD_TUPLE", "BUILD_MAP", "UNPACK_EX", "CALL",
             "MAKE_FUNCTION", "FOR_ITER", "SEND", "POP_JUMP_IF_TRUE", "SETUP_FINALLY",
             "SETUP_CLEANUP", "SETUP_WITH", "JUMP", "LOAD_METHOD", "STORE_FAST_MAYBE_NULL",
             "FORMAT_VALUE", "RAISE_VARARGS", "COPY", "SWAP", "LIST_APPEND", "RERAISE"):
    op = opcode.opmap[name]
    row = []
    for arg in ((None,) if op not in opcode.hasarg else (0, 1, 3, 4, 256, 513, -1, -2, -257, 2**31 - 1, 2**32 + 3)):
        cell = []
        for jump in (None, True, False):
            try:
                cell.append(dis.stack_effect(op, arg, jump=jump))
            except ValueError:
                cell.append("x")
        row.append(tuple(cell))
    print(name, row)
for args, kw in [((1, 0), {}), ((100,), {}), ((0,), {}), ((6,), {}), ((255,), {}),
                 ((267,), {}), ((300,), {}), ((-1,), {}),
                 ((dis._all_opmap["LOAD_FAST__LOAD_FAST"], 0), {}),
                 ((opcode.opmap["INSTRUMENTED_LINE"], 0), {}),
                 ((100, 1), {"jump": 1}), ((100, 1), {"jump": None}),
                 ((1, 2, 3), {}), ((1, 2, 3), {"jump": True}), ((), {}),
                 (("a",), {}), ((100, "x"), {}), ((100, 1.5), {}),
                 ((2**40,), {}), ((100, 2**70), {}), ((1,), {"jum": 1}),
                 ((True,), {}), ((100, True), {})]:
    try:
        print(args, kw, dis.stack_effect(*args, **kw))
    except Exception as e:
        print(args, kw, type(e).__name__, e)
