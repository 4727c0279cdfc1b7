import sys, traceback

def inner(x):
    return 10 / x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    text = traceback.format_exc()
    print(text, end="")
    traceback.print_exc(file=sys.stdout)
    exc = sys.exception()

print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
lines = traceback.format_exception(exc)
print(len(lines) > 2, "".join(lines) == text)
print("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)) == text)
print("".join(traceback.format_exception(exc, limit=1)), end="")
print("".join(traceback.format_tb(exc.__traceback__)), end="")
summary = traceback.extract_tb(exc.__traceback__)
for fs in summary:
    print(fs.filename, fs.lineno, fs.name, repr(fs.line), fs == (fs.filename, fs.lineno, fs.name, fs.line))
print(len(summary), [tuple(fs) for fs in summary][-1])
print(traceback.format_list([("f.py", 3, "g", "x = 1")]))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(exc.__traceback__)])
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print("".join(traceback.format_exception(e)), end="")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()), end="")
    print(list(te.format_exception_only()), str(te))
try:
    compile("1 +", "<src>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
err = RuntimeError("noted")
err.add_note("a note")
print(traceback.format_exception_only(err), traceback.format_exception(err))
def show_stack():
    return traceback.extract_stack()
st = show_stack()
print([fs.name for fs in st][-2:], st[-1].line)
print(traceback.format_stack()[-1].splitlines()[0].endswith("in <module>"))
print(traceback.format_exception(None), traceback.format_exception_only(None))
