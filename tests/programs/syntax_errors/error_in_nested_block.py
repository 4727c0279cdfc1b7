def f():
    if True:
        # a comment
        x = (1 +)
