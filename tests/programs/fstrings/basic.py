# f-string basics: expressions, repeated fields, nesting of quotes.
name = "world"
n = 42
print(f"hello {name}!", f'{n}', F"{n + 1}", f'''{name}''', f"""{n}""")
print(f"{name}{name}", f"{{literal braces}}", f"{{{n}}}", f"}}{{")
print(f"{'single'}", f'{"double"}', f"""{'''triple'''}""", f'''{"""x"""}''')
print(f"{[1, 2, 3][1]}", f"{ {'a': 1}['a'] }", f"{(lambda x: x * 2)(4)}")
print(f"{n if n > 40 else 0}", f"{', '.join(['a', 'b'])}", f"{len(name)=}")
print(f"", f"{''}", f"plain", rf"\n{n}", fr"{n}\t", Rf"{n}\\")
items = ["x", "y"]
print(f"{items!r} {items[0]!s} {name!a}")
print(f"{'é'!a} {'é'!r} {3.5!s}")
x = 3
print(f"{x:}", f"{x:>4}|", f"{x:<4}|", f"{x:^5}|", f"{x:04}", f"{x:+}", f"{-x: }")
print(f"{'multi' + 'ple'} {1}{2}{3}", f"{n}" f"{n}", f"a" "b" f"{n}")
def g():
    return "called"
print(f"{g()} {g.__name__}", f"{g()!r:>10}")
