"""
opcode module - potentially shared between dis and other modules which
operate on bytecodes (e.g. peephole optimizers).
"""

# pyrs: the tables come from the interpreter's own opcode table (the native `_dis` module), so
# they agree with what the compiler emits and with `pyrs -m dis`.

import _dis

__all__ = ["cmp_op", "hasarg", "hasconst", "hasname", "hasjrel", "hasjabs",
           "haslocal", "hascompare", "hasfree", "hasexc", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG"]

try:
    from _opcode import stack_effect
    __all__.append('stack_effect')
except ImportError:
    pass

cmp_op = _dis.cmp_op

hasarg = []
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasexc = []

# pyrs's interpreter does not specialize instructions (`_co_code_adaptive` shows code as
# CPython's quickening leaves it before the first run).
ENABLE_SPECIALIZATION = False

HAVE_ARGUMENT = _dis.HAVE_ARGUMENT
EXTENDED_ARG = _dis.EXTENDED_ARG
MIN_INSTRUMENTED_OPCODE = _dis.MIN_INSTRUMENTED_OPCODE
MIN_PSEUDO_OPCODE = _dis.MIN_PSEUDO_OPCODE

def is_pseudo(op):
    return op >= MIN_PSEUDO_OPCODE and op <= MAX_PSEUDO_OPCODE

oplists = [hasarg, hasconst, hasname, hasjrel, hasjabs,
           haslocal, hascompare, hasfree, hasexc]

opmap = {}

_kind_lists = {
    'const': hasconst, 'name': hasname, 'jrel': hasjrel, 'local': haslocal,
    'compare': hascompare, 'free': hasfree, 'exc': hasexc,
}

for _name, _number, _kind in _dis.opcodes:
    opmap[_name] = _number
    if _kind and _kind != 'exc':
        hasarg.append(_number)
    if _kind in _kind_lists:
        _kind_lists[_kind].append(_number)
del _name, _number, _kind, _kind_lists

# CPython 3.12 lists 148, a number no opcode has, among the free-variable opcodes.
hasfree.append(148)
hasfree.sort()

## pseudo opcodes (used in the compiler) mapped to the values
## they can become in the actual code.
_pseudo_ops = {
    'SETUP_FINALLY': ['NOP'],
    'SETUP_CLEANUP': ['NOP'],
    'SETUP_WITH': ['NOP'],
    'POP_BLOCK': ['NOP'],
    'JUMP': ['JUMP_FORWARD', 'JUMP_BACKWARD'],
    'JUMP_NO_INTERRUPT': ['JUMP_FORWARD', 'JUMP_BACKWARD_NO_INTERRUPT'],
    'LOAD_METHOD': ['LOAD_ATTR'],
    'LOAD_SUPER_METHOD': ['LOAD_SUPER_ATTR'],
    'LOAD_ZERO_SUPER_METHOD': ['LOAD_SUPER_ATTR'],
    'LOAD_ZERO_SUPER_ATTR': ['LOAD_SUPER_ATTR'],
    'STORE_FAST_MAYBE_NULL': ['STORE_FAST'],
}

MAX_PSEUDO_OPCODE = MIN_PSEUDO_OPCODE + len(_pseudo_ops) - 1

opname = ['<%r>' % (op,) for op in range(MAX_PSEUDO_OPCODE + 1)]
for _op, _number in opmap.items():
    opname[_number] = _op
del _op, _number

_nb_ops = [tuple(pair) for pair in _dis.nb_ops]

_intrinsic_1_descs = list(_dis.intrinsic_1)

_intrinsic_2_descs = list(_dis.intrinsic_2)

_specializations = {base: list(family) for base, family in _dis.specializations}

_specialized_instructions = [
    opcode for family in _specializations.values() for opcode in family
]

_cache_format = {name: dict(fields) for name, fields in _dis.cache_formats}

_inline_cache_entries = [
    sum(_cache_format.get(opname[opcode], {}).values()) for opcode in range(256)
]
