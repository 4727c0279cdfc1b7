# exec, eval and compile with their namespaces and modes.
g = {"x": 10}
exec("y = x * 2", g)
print(g["y"], "__builtins__" in g)
l = {}
exec("z = x + 1", g, l)
print(l, "z" in g)
print(eval("x + y", g), eval("a * b", {}, {"a": 3, "b": 4}))
code = compile("1 + 2", "<expr>", "eval")
print(type(code).__name__, eval(code))
code = compile("i = 0\nwhile i < 3:\n    print(i)\n    i += 1", "<loop>", "exec")
exec(code)
single = compile("5 * 5", "<s>", "single")
exec(single)
def f():
    a = 1
    return eval("a + 1")
print(f())
ns = {}
exec("def h(): return 'from exec'", ns)
print(ns["h"]())
try:
    compile("x", "<m>", "bogus")
except ValueError as e:
    print(e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print("KeyError", e.args)
try:
    eval(42)
except TypeError as e:
    print(e)
try:
    exec("x", [])
except TypeError as e:
    print(e)
try:
    eval("x", {}, 5)
except TypeError as e:
    print(e)
print(eval("  7 "), eval(b"6 * 7"))
