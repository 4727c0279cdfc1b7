# BaseExceptionGroup/ExceptionGroup construction: the class chosen and the checks' messages.
def attempt(label, make):
    try:
        g = make()
        print(label, "->", type(g).__name__, repr(g))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


attempt("base of Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("base of BaseException", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("eg of BaseException", lambda: ExceptionGroup("m", [SystemExit(2)]))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not a sequence", lambda: ExceptionGroup("m", 5))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("bad message", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("bad item", lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt("tuple input", lambda: ExceptionGroup("m", (ValueError(1), TypeError(2))))


class MyGroup(ExceptionGroup):
    pass


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("subclass of EG with BaseException", lambda: MyGroup("m", [KeyboardInterrupt()]))
attempt("subclass of BEG", lambda: MyBaseGroup("m", [ValueError()]))
attempt("subclass of BEG with base", lambda: MyBaseGroup("m", [GeneratorExit()]))

g = ExceptionGroup("several", [ValueError(1), TypeError(2), ExceptionGroup("inner", [KeyError(3)])])
print(g.message, g.exceptions)
print(g.args)
print(g)
print(ExceptionGroup("one", [ValueError()]))
print(isinstance(g, Exception), isinstance(g, BaseExceptionGroup))
try:
    g.message = "other"
except AttributeError as e:
    print("message is read-only:", type(e).__name__)
try:
    g.exceptions = ()
except AttributeError as e:
    print("exceptions is read-only:", type(e).__name__)
