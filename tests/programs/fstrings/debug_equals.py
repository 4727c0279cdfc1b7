# The `=` specifier (self-documenting expressions).
x = 10
name = "pyrs"
print(f"{x=}", f"{x = }", f"{x=!s}", f"{name=}", f"{name=!s}", f"{x=:>5}", f"{x * 2 = }")
print(f"{x=}{x=}", f"{name.upper()=}", f"{[i for i in range(3)]=}")
print(f"{x=:#x}", f"{3.14159=:.2f}", f"{name=!r:>8}")
print(f"{ x = }", f"{x   =   }", f"{(x, name)=}")
print(f"{'é'=!a}", f"{x=!r:^8}|")
