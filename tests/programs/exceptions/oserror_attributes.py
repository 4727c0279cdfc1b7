# OSError: its fields, the subclass chosen by errno, and its str forms.
cases = [
    (),
    ("just a message",),
    (2, "No such file or directory"),
    (2, "No such file or directory", "missing.txt"),
    (17, "File exists", "a.txt", None, "b.txt"),
    (13, "Permission denied"),
    (1, "Operation not permitted"),
    (32, "Broken pipe"),
    (111, "Connection refused"),
    (104, "Connection reset by peer"),
    (110, "Timed out"),
    (21, "Is a directory"),
    (20, "Not a directory"),
    (3, "No such process"),
    (10, "No child processes"),
    (4, "Interrupted"),
    (11, "Resource temporarily unavailable"),
    (9999, "Unknown errno"),
    (1, 2, 3, 4, 5, 6),
]
for args in cases:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print("   str:", e)
print(repr(FileNotFoundError(2, "gone", "x.txt")))
print(type(FileNotFoundError(13, "x")).__name__, "(a subclass keeps its class)")
print(isinstance(OSError(2, "x"), FileNotFoundError), IOError is OSError, EnvironmentError is OSError)
b = BlockingIOError(11, "would block", 5)
print(b.characters_written, b.filename, b.args)
try:
    BlockingIOError(11, "x").characters_written
except AttributeError as e:
    print("AttributeError:", e)
e = OSError(2, "No such file")
e.filename = "late.txt"
print(e)
e.errno = 5
print(e, e.errno)
try:
    OSError(2, "x", kw=1)
except TypeError as err:
    print("TypeError:", err)
