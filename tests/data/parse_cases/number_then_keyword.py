x = 1if y else 2
z = [0x1for x in y]
w = 1jif 1 else 2
v = 1.5or 2
u = 0o7and 1
t = 1 if 1else 2
