# An uncaught exception raised while handling another: both tracebacks are printed.
def convert(v):
    try:
        return int(v)
    except ValueError:
        raise TypeError(f"cannot convert {v!r}")


convert("x")
