import sys
# Line numbers seen by tracebacks and frames in many statement shapes.


def where():
    return sys._getframe(1).f_lineno


def lineno_of(fn):
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_lineno


print(where())
x = [
    where(),
    where(),
]
print(x)
print(where(
))


def multi_line_call():
    return dict(
        a=1,
        b=undefined_b,
    )


def multi_line_binop():
    return (1
            +
            None)


def attribute_chain():
    obj = None
    return (obj
            .attr)


def in_condition():
    if (1 and
            [][0]):
        pass


def in_loop_header():
    for i in (
        1 / 0,
    ):
        pass


def in_with():
    with (
        open_missing()
    ):
        pass


def raise_multiline():
    raise ValueError(
        "multi",
    )


def decorator_line():
    def deco(f):
        raise KeyError

    @deco
    def target():
        pass


def comprehension_line():
    return [
        1 / v
        for v in [1, 0]
    ]


for fn in [multi_line_call, multi_line_binop, attribute_chain, in_condition, in_loop_header,
           in_with, raise_multiline, decorator_line, comprehension_line]:
    print(fn.__name__, lineno_of(fn))
if (where() and
        True):
    print("if line", where())
while where() < 0:
    pass
else:
    print("while else", where())
