import os, os.path, posixpath, sys
print(os.path is posixpath, sys.modules['os.path'] is posixpath, os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.devnull, os.extsep, os.altsep)
base = "os_scratch_basic.scratch"
os.mkdir(base)
try:
    os.mkdir(base)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
with open(os.path.join(base, "a.txt"), "w") as f:
    f.write("hello")
os.makedirs(os.path.join(base, "sub", "deep"))
os.makedirs(os.path.join(base, "sub", "deep"), exist_ok=True)
try:
    os.makedirs(os.path.join(base, "sub"))
except FileExistsError as e:
    print("makedirs", e)
print(sorted(os.listdir(base)), sorted(os.listdir(os.fsencode(base))))
st = os.stat(os.path.join(base, "a.txt"))
print(st.st_size, st[6], len(st), type(st).__name__, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == st[8])
print(os.path.getsize(os.path.join(base, "a.txt")), os.path.isfile(os.path.join(base, "a.txt")), os.path.isdir(base), os.path.exists("nope"), os.path.islink(base))
os.utime(os.path.join(base, "a.txt"), (1000000000, 1200000000))
st = os.stat(os.path.join(base, "a.txt"))
print(st.st_mtime, st.st_atime, st.st_mtime_ns, os.path.getmtime(os.path.join(base, "a.txt")))
os.utime(os.path.join(base, "a.txt"), ns=(5, 1500000000123456789))
print(os.stat(os.path.join(base, "a.txt")).st_mtime_ns)
with os.scandir(base) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), repr(e), os.fspath(e))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(root, sorted(dirs), sorted(files))
os.rename(os.path.join(base, "a.txt"), os.path.join(base, "b.txt"))
os.replace(os.path.join(base, "b.txt"), os.path.join(base, "c.txt"))
try:
    os.rename(os.path.join(base, "zz"), os.path.join(base, "yy"))
except OSError as e:
    print(type(e).__name__, e)
try:
    os.remove(os.path.join(base, "zz"))
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat(os.path.join(base, "nope"))
except OSError as e:
    print(repr(e), e.filename)
try:
    os.listdir(os.path.join(base, "c.txt"))
except NotADirectoryError as e:
    print(e)
print(os.access(base, os.F_OK), os.access(os.path.join(base, "zz"), os.R_OK))
os.chmod(os.path.join(base, "c.txt"), 0o600)
print(oct(os.stat(os.path.join(base, "c.txt")).st_mode & 0o777))
fd = os.open(os.path.join(base, "fd.bin"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abcdef"), os.lseek(fd, 0, os.SEEK_CUR), os.isatty(fd), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(os.path.join(base, "fd.bin"), os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
fd2 = os.dup(fd)
os.close(fd)
os.close(fd2)
try:
    os.close(fd2)
except OSError as e:
    print(e)
r, w = os.pipe()
os.write(w, b"through pipe")
os.close(w)
print(os.read(r, 100))
os.close(r)
os.remove(os.path.join(base, "fd.bin"))
os.remove(os.path.join(base, "c.txt"))
os.removedirs(os.path.join(base, "sub", "deep"))
print(os.path.exists(base))
cwd = os.getcwd()
os.mkdir(base)
os.chdir(base)
print(os.path.basename(os.getcwd()), os.listdir())
os.chdir("..")
print(os.getcwd() == cwd)
os.rmdir(base)
print(os.strerror(2), os.error is OSError, isinstance(os.getpid(), int), os.getppid() > 0, len(os.urandom(16)), os.cpu_count() >= 1)
