# Exception objects: args, str/repr, attributes, custom classes, and add_note.
e = ValueError("message", 42)
print(e.args, str(e), repr(e), str(ValueError()), repr(ValueError()), str(ValueError("one")))
k = KeyError("key")
print(str(k), repr(k), str(KeyError()), str(KeyError(1, 2)))


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return f"[{self.code}] {self.args[0]}"


class Detailed(AppError):
    pass


try:
    raise Detailed(404, "not found")
except AppError as err:
    print(err, repr(err), err.code, isinstance(err, Exception), type(err).__mro__[1].__name__)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err), type(OSError(2, "x")).__name__)
note = ValueError("with notes")
note.add_note("first note")
note.add_note("second note")
print(note.__notes__)
try:
    note.add_note(5)
except TypeError as te:
    print("TypeError:", te)
si = StopIteration(7)
print(si.value, SystemExit(3).code, SystemExit().code, KeyboardInterrupt().args)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue, ue.start, ue.end, ue.reason)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(BaseExceptionGroup, BaseException))
print(AttributeError("a", name="n", obj=1).name, NameError("x", name="y").name)
print(ImportError("msg", name="mod", path="p").name)
