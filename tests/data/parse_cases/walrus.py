if (x := 1): pass
[y := 2, z]
f(a := 3)
x[b := 1]
