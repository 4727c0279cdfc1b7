# The source positions (line, end line, column, end column) of the instruction that raised,
# read from the code object's position table for many expression shapes.
def failing_position(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        positions = list(tb.tb_frame.f_code.co_positions())
        return type(e).__name__, positions[tb.tb_lasti // 2]


class Obj:
    attr = None


o = Obj()
d = {"k": [1, 2]}
n = None
z = 0
cases = [
    lambda: o.missing,
    lambda: o.attr.deeper,
    lambda: d["missing"],
    lambda: d["k"][5],
    lambda: d["k"][1:2][9],
    lambda: 1 / z,
    lambda: (1 +
             n),
    lambda: n(),
    lambda: o.attr(1, key=2),
    lambda: [1, 2][z:n:0],
    lambda: -n,
    lambda: n < 1,
    lambda: len(5),
    lambda: f"{n:d}",
    lambda: [x for x in n],
    lambda: {**n},
    lambda: [*n],
    lambda: n[0],
    lambda: d["k"].missing_method(),
    lambda: (lambda a: a)(),
    lambda: int("x" + "y"),
    lambda: 2 ** -z ** n,
    lambda: o.attr.x.y.z,
    lambda: not n.x,
    lambda: n if n.a else n.b,
    lambda: [y := n.q],
]
for i, case in enumerate(cases):
    print(i, failing_position(case))
