import sys
# __traceback__ chains: frames and line numbers of each level.


def a():
    b()


def b():
    c()


def c():
    raise RuntimeError("deep")


try:
    a()
except RuntimeError as e:
    tb = e.__traceback__
    while tb is not None:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
e = ValueError()
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__.tb_lineno)
e2 = e.with_traceback(None)
print(e2 is e, e.__traceback__)


def multi_line_expression():
    return (1 +
            2 +
            undefined_thing)


try:
    multi_line_expression()
except NameError as err:
    print(err.__traceback__.tb_next.tb_lineno)
