import os
os.environ["PYRS_TEST_VAR"] = "value 1"
print(os.environ["PYRS_TEST_VAR"], os.getenv("PYRS_TEST_VAR"), "PYRS_TEST_VAR" in os.environ)
print(os.popen if False else "", os.system("exit 3") >> 8)
print(os.system('test "$PYRS_TEST_VAR" = "value 1"'))
del os.environ["PYRS_TEST_VAR"]
print(os.getenv("PYRS_TEST_VAR"), os.getenv("PYRS_TEST_VAR", "dflt"), os.environ.get("PYRS_TEST_VAR"))
print(os.system('test -z "$PYRS_TEST_VAR"'))
try:
    os.environ["PYRS_TEST_VAR"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ[1] = "x"
except TypeError as e:
    print(e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(e)
os.environ.setdefault("PYRS_A", "1")
os.environ.update({"PYRS_B": "2"}, PYRS_C="3")
print(sorted(k for k in os.environ if k.startswith("PYRS_")), os.environ.pop("PYRS_A"), os.environ.pop("PYRS_A", None))
print(isinstance(os.environ.copy(), dict), len(os.environ) == len(list(os.environ)))
os.putenv("PYRS_D", "4")
print(os.system('test "$PYRS_D" = 4'), os.getenv("PYRS_D"))
os.unsetenv("PYRS_D")
class P:
    def __fspath__(self):
        return "some/path"
class Bad:
    def __fspath__(self):
        return 3
print(os.fspath("a"), os.fspath(b"b"), os.fspath(P()), isinstance(P(), os.PathLike), issubclass(str, os.PathLike))
for x in (3, None, Bad()):
    try:
        os.fspath(x)
    except TypeError as e:
        print(e)
print(os.fsencode("é/x"), os.fsdecode(b"\xc3\xa9/x"), os.fsdecode(b"bad\xff"), os.fsencode("bad\udcff"))
print(os.path.join(P(), "x"), os.path.exists(P()))
print(os.get_exec_path({"PATH": "/a:/b"}))
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
r = os.stat_result(tuple(range(10)))
print(r, r.st_atime, r.st_mtime_ns, r.n_fields, r.n_sequence_fields)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print(e)
try:
    os.get_terminal_size(99)
except OSError as e:
    print(repr(e))
try:
    os.stat(None)
except TypeError as e:
    print(type(e).__name__)
