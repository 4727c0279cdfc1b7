# RecursionError: the traceback collapses repeated lines.
def down(n):
    return down(n + 1)


down(0)
