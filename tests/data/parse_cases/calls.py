f(*a, *b, c=1, **d, e=2)
f(x for x in y)
f((x for x in y))
f(a)(b)[c].d
