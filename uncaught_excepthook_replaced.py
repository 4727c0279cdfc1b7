# A replaced sys.excepthook gets the uncaught exception instead of the default report.
import sys


def hook(t, v, tb):
    print("hook got", t.__name__, repr(v), tb.tb_lineno, file=sys.stderr)
    print("hook done")


sys.excepthook = hook
print("hook installed", sys.__excepthook__ is not hook)
raise LookupError("handled by the hook")
