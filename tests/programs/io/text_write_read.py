# Writing a text file, then reading it back whole, by line, and by iteration.
name = "text_write_read.scratch"
with open(name, "w") as f:
    print(f.name, f.mode, f.closed, f.encoding)
    n = f.write("first line\n")
    print("wrote", n)
    f.write("second line\nthird")
    f.writelines(["\n", "fourth\n"])
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(name) as f:
    i = 0
    for line in f:
        print(i, repr(line))
        i += 1
f = open(name, "r")
print(repr(f.read(5)), repr(f.read(3)))
f.close()
print(f.closed)
