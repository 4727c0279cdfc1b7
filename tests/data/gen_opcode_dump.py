"""Writes tests/data/opcode312.txt: CPython 3.12's opcode table, as seen by its own opcode module.

Run with CPython 3.12: python3.12 tests/data/gen_opcode_dump.py > tests/data/opcode312.txt
Each line: name number has_arg caches jrel const name local free compare pseudo stack_effects
where stack_effects is a list of "arg:nojump/jump" pairs for the opargs probed.
"""
import dis
import opcode

ARGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 255, 256, 257, 513]


def effect(op, arg, jump):
    try:
        return str(dis.stack_effect(op, arg if op in opcode.hasarg else None, jump=jump))
    except ValueError:
        return "x"


print("#HAVE_ARGUMENT", opcode.HAVE_ARGUMENT)
print("#EXTENDED_ARG", opcode.EXTENDED_ARG)
for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    flags = [
        int(num in opcode.hasarg),
        opcode._inline_cache_entries[num] if num < 256 else 0,
        int(num in opcode.hasjrel),
        int(num in opcode.hasconst),
        int(num in opcode.hasname),
        int(num in opcode.haslocal),
        int(num in opcode.hasfree),
        int(num in opcode.hascompare),
        int(opcode.is_pseudo(num)),
    ]
    args = ARGS if num in opcode.hasarg else [0]
    effects = ",".join(f"{a}:{effect(num, a, False)}/{effect(num, a, True)}" for a in args)
    print(name, num, *flags, effects)
