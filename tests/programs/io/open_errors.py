# open()'s errors: a missing file, bad arguments, operations on a closed file.
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, repr(e.filename))
    print(e)
    print(isinstance(e, OSError), isinstance(e, IOError))
try:
    open("no_such_dir/x.txt", "w")
except OSError as e:
    print(e)
try:
    open(".")
except IsADirectoryError as e:
    print(e)
name = "open_errors.scratch"
f = open(name, "w")
f.close()
for action in [lambda: f.write("x"), lambda: f.read(), lambda: f.tell()]:
    try:
        action()
    except ValueError as e:
        print(e)
f = open(name, "w")
try:
    f.read()
except OSError as e:
    print(type(e).__name__, e)
f.close()
f = open(name, "rb")
try:
    f.write(b"x")
except OSError as e:
    print(type(e).__name__, e)
f.close()
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print(e)
try:
    open(name, "w").write(b"bytes")
except TypeError as e:
    print(e)
try:
    open(name, "wb").write("text")
except TypeError as e:
    print(e)
