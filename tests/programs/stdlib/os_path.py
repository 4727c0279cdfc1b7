import os.path as p
import posixpath
cases = ["", "/", "//", "///", "a", "a/", "/a/b/", "a/b/c.txt", "a.b/c", ".bashrc", "a/.bashrc", "a/..b", "x.tar.gz", "//a//b//", "a/./b/../c", "../a", "/..", "/../a/..", "./", "a//b"]
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), p.basename(c), p.dirname(c), p.normpath(c), p.isabs(c), p.splitdrive(c), posixpath.splitroot(c))
print(p.join("a", "b", "c"), p.join("a/", "/b", "c"), p.join("", "x"), p.join("a", ""), p.join(b"a", b"b"))
for args in [("a", b"b"), (1, "a"), ("a", None)]:
    try:
        p.join(*args)
    except TypeError as e:
        print(e)
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/l"]), repr(p.commonprefix([])), p.commonprefix([[1, 2], [1, 3]]))
print(p.commonpath(["/usr/lib", "/usr/local"]), p.commonpath(["a/b/c", "a/b/d", "a/./b"]), p.commonpath([b"/x/y", b"/x"]))
for bad in ([], ["/a", "b"]):
    try:
        p.commonpath(bad)
    except ValueError as e:
        print(e)
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("a/b", "a"), p.relpath(b"/x/y", b"/x"))
try:
    p.relpath("")
except ValueError as e:
    print(e)
print(p.normcase("AbC"), p.expanduser("nochange"), p.expanduser("~nosuchuserhere/x"))
import os
os.environ["HOME"] = "/home/tester"
os.environ["PYRS_V"] = "val"
print(p.expanduser("~"), p.expanduser("~/x/y"), p.expanduser(b"~/b"))
print(p.expandvars("$PYRS_V/${PYRS_V}/$NOPE_NOT_SET/${NOPE}/$/x$"), p.expandvars(b"$PYRS_V-x"), p.expandvars("${PYRS_V"))
print(p.abspath("/a/b/../c"), p.abspath("x") == p.join(os.getcwd(), "x"), p.realpath("/a/./b//c/.."), p.realpath(".") == os.getcwd())
base = "os_scratch_path.scratch"
os.mkdir(base)
open(p.join(base, "f"), "w").close()
os.symlink("f", p.join(base, "link"))
os.symlink("missing", p.join(base, "broken"))
print(p.islink(p.join(base, "link")), p.exists(p.join(base, "broken")), p.lexists(p.join(base, "broken")), p.isfile(p.join(base, "link")))
print(p.samefile(p.join(base, "f"), p.join(base, "link")), p.realpath(p.join(base, "link")) == p.abspath(p.join(base, "f")), os.readlink(p.join(base, "link")))
print(p.ismount("/"), p.ismount(base), p.isjunction(base), p.getsize(p.join(base, "f")))
for name in ("link", "broken", "f"):
    os.remove(p.join(base, name))
os.rmdir(base)
