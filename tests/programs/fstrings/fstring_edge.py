# Edge cases: whitespace in fields, lambdas and walrus in parentheses, colons in subscripts.
x = 5
d = {"a:b": 1, 1: "one"}
print(f"{ x }", f"{x }", f"{ x}", f"{ x :>3}|")
print(f"{(lambda: 'lam')()}", f"{(y := 3)}", y)
print(f"{d['a:b']}", f"{d[1]}", f"{[1, 2, 3][1:]}", f"{'abc'[::2]}")
print(f"{x!r:{'>'}{3}}|", f"{'!r'}", f"{'='}", f"{x:=^7}")
print(f"{3:{'0'}{'>'}5}", f"{1}{{}}{2}", f"{{{{x}}}}")
print(f"{'\N{GREEK SMALL LETTER ALPHA}'}", f"\N{BULLET} {x}", rf"\N{x}" if False else "")
print(f"{x:{{}}>5}" if False else "no braces in spec", f"{dict(a=1)}")
print(f"{'a' 'b'}", f"{x,}", f"{x, x}", f"{*[1, 2],}")
print(f"{x:}", f"{x!s:}", f"{x:{''}}")
