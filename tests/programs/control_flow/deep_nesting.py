# Deeply nested blocks of every kind.
def deep(n):
    out = []
    for a in range(n):
        if a % 2 == 0:
            while True:
                try:
                    with Ctx(a):
                        for b in range(2):
                            if b:
                                try:
                                    if a == 2:
                                        raise KeyError(a)
                                    out.append((a, b))
                                except KeyError:
                                    out.append(("key", a))
                                finally:
                                    out.append("f")
                            else:
                                continue
                finally:
                    out.append("outer finally")
                break
        else:
            out.append(("odd", a))
    return out


class Ctx:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


print(deep(4))
