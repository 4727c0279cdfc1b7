@x +
def f(): pass
