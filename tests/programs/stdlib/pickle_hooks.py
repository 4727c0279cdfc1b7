import pickle
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def reduce_point(p):
    return (Point, (p.x * 10, p.y))
class Sink:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(b)
s = Sink()
pk = pickle.Pickler(s, 2)
pk.dispatch_table = {Point: reduce_point}
pk.dump([Point(1, 2)])
data = b"".join(s.parts)
back = pickle.loads(data)
print(data, back[0].x, back[0].y)
class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, (0, 0))
        return NotImplemented
s = Sink()
Override(s, 4).dump({"p": Point(5, 6), "n": 7})
d = pickle.loads(b"".join(s.parts))
print(d["p"].x, d["n"])
class PID(pickle.Pickler):
    def persistent_id(self, obj):
        return "ext:" + obj if isinstance(obj, str) and obj.startswith("@") else None
class UPID(pickle.Unpickler):
    def persistent_load(self, pid):
        return pid.upper()
for proto in (0, 2, 4):
    s = Sink()
    PID(s, proto).dump(["@a", "b"])
    data = b"".join(s.parts)
    class Src:
        def __init__(self, d): self.d, self.i = d, 0
        def read(self, n):
            r = self.d[self.i:self.i + n]; self.i += len(r); return r
        def readline(self):
            j = self.d.find(b"\n", self.i); j = len(self.d) if j < 0 else j + 1
            r = self.d[self.i:j]; self.i = j; return r
    print(proto, data, UPID(Src(data)).load())
try:
    pickle.loads(pickle.dumps(["@a"]) .replace(b"", b"") if False else b"\x80\x04\x95\x06\x00\x00\x00\x00\x00\x00\x00\x8c\x01aQ.")
except pickle.UnpicklingError as e:
    print(e)
