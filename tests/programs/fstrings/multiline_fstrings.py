# Triple-quoted and multi-line f-strings.
a, b = 2, 3
text = f"""a = {a}
b = {b}
sum = {
    a + b
}"""
print(text)
print(f'''{a!r:>{b}}''')
rows = [("x", 1), ("yy", 22)]
table = "\n".join(f"{k:<4}|{v:>4}" for k, v in rows)
print(table)
msg = (f"first {a} "
       f"second {b} "
       "plain "
       f"{'end'}")
print(msg)
print(f"{'''
multi-line string in a field'''}")
