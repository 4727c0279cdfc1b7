with x:
x
