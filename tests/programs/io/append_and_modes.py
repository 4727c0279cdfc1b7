# The "a", "x", "w+" and "r+" modes of open().
name = "append_and_modes.scratch"
with open(name, "w") as f:
    f.write("one\n")
with open(name, "a") as f:
    print(f.mode, f.writable(), f.readable())
    f.write("two\n")
with open(name) as f:
    print(repr(f.read()))
with open(name, "w+") as f:
    print(f.mode)
    f.write("abc")
    f.seek(0)
    print(f.read())
with open(name, "r+") as f:
    f.write("X")
    f.seek(0)
    print(f.read())
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for mode in ["rw", "q", "rr", "wa", "b", "tb", "U"]:
    try:
        open(name, mode)
    except ValueError as e:
        print(mode, "->", e)
