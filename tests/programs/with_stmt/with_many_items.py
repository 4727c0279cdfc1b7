# Many context managers in one statement: exits run in reverse, even when one suppresses.
log = []


class CM:
    def __init__(self, n, suppress=False):
        self.n, self.suppress = n, suppress

    def __enter__(self):
        log.append(f"enter {self.n}")
        return self.n

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.n} {et.__name__ if et else '-'}")
        return self.suppress


with CM(1) as a, CM(2) as b, CM(3, suppress=True) as c, CM(4) as d, CM(5) as e:
    log.append(f"body {a + b + c + d + e}")
    raise ValueError
print("\n".join(log))
