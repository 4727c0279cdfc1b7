# split() and subgroup(): by type, tuple of types or predicate; nesting and copied metadata.
def names(g):
    if g is None:
        return None
    out = []
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            out.append(names(e))
        else:
            out.append(type(e).__name__)
    return out


leaf = KeyError("k")
g = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), leaf])])
m, r = g.split(ValueError)
print("split ValueError:", names(m), names(r))
m, r = g.split((TypeError, KeyError))
print("split tuple:", names(m), names(r))
m, r = g.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")
print("split predicate on group:", names(m), names(r))
m, r = g.split(OSError)
print("no match:", m, names(r), r is g)
m, r = g.split(Exception)
print("all match:", m is g, r)
print("subgroup:", names(g.subgroup(LookupError)), g.subgroup(OSError), g.subgroup(BaseException) is g)
print("leaf identity kept:", g.subgroup(KeyError).exceptions[0].exceptions[0] is leaf)
try:
    g.split(42)
except TypeError as e:
    print("TypeError:", e)
try:
    g.subgroup(ValueError())
except TypeError as e:
    print("TypeError:", e)

try:
    raise g
except ExceptionGroup as caught:
    caught.add_note("a note")
    caught.__cause__ = RuntimeError("cause")
    part = caught.subgroup(TypeError)
    print(part.__notes__, part.__notes__ is caught.__notes__, repr(part.__cause__))
    print(part.__traceback__ is caught.__traceback__, part.__context__)


class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(f"{self.message}*", excs)


t = Tagged("tag", [ValueError(1), TypeError(2)])
m, r = t.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
print(repr(ExceptionGroup("d", [ValueError()]).derive([KeyError(0)])))
