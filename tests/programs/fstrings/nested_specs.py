# Replacement fields inside format specs.
width = 10
prec = 3
value = 3.14159265
print(f"{value:{width}.{prec}f}|")
print(f"{value:{'>'}{width}}|", f"{'x':{'*'}^{width}}|")
fill, align = "-", "<"
print(f"{'ab':{fill}{align}{width}}|")
spec = ".2f"
print(f"{value:{spec}}", f"{value:{'.' + str(prec) + 'e'}}")
print(f"{42:{'x' if width > 5 else 'd'}}", f"{'s':{width // 2}}|")
print(f"{value:{width}.{prec}}|{value!r:>{width * 2}}|")
print(f"{f'{value:.1f}':>8}|", f"{value:{f'{width}'}.2f}|")
