# warnings: catch_warnings with record=True, WarningMessage, restoring filters and showwarning
import sys
import warnings


def show(w):
    print(type(w).__name__, w.category.__name__, str(w.message), w.lineno, w.filename.endswith("warnings_catch.py"), w.file, w.line, w.source)


print(warnings.filters[:5])
print(warnings.defaultaction, warnings.onceregistry == {})
before = warnings.filters
with warnings.catch_warnings(record=True) as log:
    print(warnings.filters is before, warnings.filters == before)
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("as instance"))
    warnings.warn("first")
print(warnings.filters is before)
print(len(log))
for w in log:
    show(w)
print(str(log[0]).startswith("{message : UserWarning('first'), category : 'UserWarning', filename : "))
print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))

# the action argument
with warnings.catch_warnings(record=True, action="ignore") as log:
    warnings.warn("dropped")
print(log)
with warnings.catch_warnings(action="error"):
    try:
        warnings.warn("raised", UserWarning)
    except UserWarning as e:
        print("raised", type(e).__name__, e)

# entering twice, exiting first
cw = warnings.catch_warnings()
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

# showwarning replaced by the program, restored by catch_warnings
def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", category.__name__, message, lineno)

with warnings.catch_warnings():
    warnings.showwarning = my_show
    warnings.simplefilter("always")
    warnings.warn("via showwarning")
    warnings.warn_explicit("explicit", SyntaxWarning, "somefile.py", 42)
print(warnings.showwarning is warnings._showwarning_orig)

# record=True restores showwarning to the original inside, and the previous after
with warnings.catch_warnings():
    warnings.showwarning = my_show
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        warnings.warn("recorded")
    print(len(log), warnings.showwarning is my_show)

# formatwarning and showwarning to a file
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  ")))
print(repr(warnings.formatwarning(ValueError("x"), DeprecationWarning, "f", 1, "")))
warnings.showwarning("to stdout", RuntimeWarning, "f.py", 7, sys.stdout, "code()")
m = warnings.WarningMessage("m", UserWarning, "f.py", 1)
print(m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source, m._category_name)
print(str(m))
print(warnings.WarningMessage._WARNING_DETAILS)

# formatwarning replaced: used by the default showwarning
with warnings.catch_warnings():
    warnings.simplefilter("always")
    old = warnings.showwarning
    warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: print("shown:", warnings.formatwarning(message, category, filename, lineno, line), end="")
    warnings.formatwarning = lambda message, category, filename, lineno, line=None: "FORMATTED %s %s\n" % (category.__name__, message)
    warnings.warn("custom format")
    warnings.formatwarning = warnings._formatwarning_orig
    warnings.showwarning = old
print(sorted(warnings.__all__))
