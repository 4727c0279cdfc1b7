# dis options and entry points: show_caches, adaptive (on code that never ran), depth, file,
# first_line, current_offset, raw bytecode, source strings, modules, Bytecode, get_instructions,
# code_info, show_code and the errors.
import dis
import io
import types


def masked(text):
    parts = text.split(" at 0x")
    out = parts[0]
    for p in parts[1:]:
        out += " at ADDR" + p[p.index(","):]
    return out


def listing(x, **kw):
    out = io.StringIO()
    dis.dis(x, file=out, **kw)
    return masked(out.getvalue())


def sample(a, b):
    x = a + b
    y = x
    z = y
    z = y = x
    return a.c(y, 1)[0], len(a), a.d


def loop(seq):
    for v in seq:
        if v:
            return v
    return None


def nested():
    def level1():
        def level2():
            return 2
        return level2
    return level1


print("== show_caches")
dis.dis(sample, show_caches=True)
print("== adaptive, never run")
dis.dis(sample, adaptive=True)
dis.dis(loop, adaptive=True, show_caches=True)
print("== depth")
for depth in (None, 0, 1, 2):
    print("-- depth", depth)
    print(listing(nested, depth=depth))
print("== source strings")
dis.dis("a + b")
dis.dis("x = 1\nif x:\n    y = [x]\n")
print(listing("def f(q):\n    return q\n", depth=0))
print(listing("lambda: 0", depth=0))
print("== raw bytecode")
dis.dis(sample.__code__.co_code)
dis.dis(bytearray(loop.__code__.co_code))
dis.dis(bytes([144, 1, 100, 2, 83, 0]))
print("== module")
mod = types.ModuleType("mod")
exec("def one():\n    return 1\nclass K:\n    def m(self):\n        return 2\nVALUE = 3\n", mod.__dict__)
del mod.__builtins__
dis.dis(mod)
print("== Bytecode")
bc = dis.Bytecode(sample)
print(repr(bc).split(" at 0x")[0])
print(bc.first_line == sample.__code__.co_firstlineno, bc.current_offset)
print(bc.info())
print(bc.dis())
print([(i.opname, i.arg, i.argval, i.argrepr) for i in bc][:6])
print(dis.Bytecode(sample, first_line=1000).dis())
print(dis.Bytecode(sample, current_offset=8).dis())
print(dis.Bytecode(sample, current_offset=24, show_caches=True).dis())
print(dis.Bytecode(loop, adaptive=True).dis())
print(list(dis.Bytecode("x")) == list(dis.get_instructions("x")))
print("== get_instructions")
for ins in dis.get_instructions(loop):
    print(ins)
for ins in dis.get_instructions(sample, first_line=50, show_caches=True):
    print(ins.opname, ins.offset, ins.starts_line, ins.argrepr, ins.positions)
ins = next(iter(dis.get_instructions(sample)))
print(type(ins).__name__, isinstance(ins, tuple), ins._fields)
print(ins._disassemble(), "|", ins._disassemble(0, True, 6), "|", ins._disassemble(5))
print(dis.Instruction("X", 1, None, None, "", 0, None, False))
print(dis.Positions(), dis.Positions(1, 2))
print("== code_info and show_code")
print(dis.code_info(sample))
print(dis.code_info("a = b"))
dis.show_code(loop)
print(masked(dis.code_info(nested)))
out = io.StringIO()
dis.show_code(loop, file=out)
print(out.getvalue().count("\n"))
print(dis.pretty_flags(0), "|", dis.pretty_flags(3), "|", dis.pretty_flags(0x100000 | 0x20))
print("== findlinestarts and findlabels")
print(list(dis.findlinestarts(loop.__code__)))
print(dis.findlabels(loop.__code__.co_code))
print(dis.findlabels(b""), list(dis.findlinestarts(compile("", "e", "exec"))))
print("== errors")
for bad in (42, 1.5, [1], None.__class__ if False else type(None)):
    try:
        dis.dis(bad)
        print("ok", type(bad).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in (42, "1 +"):
    try:
        dis.code_info(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    dis.Bytecode(3)
except TypeError as e:
    print(type(e).__name__, e)
