# break, continue and return crossing try/finally and with blocks.
def f():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"finally {i}")
    return out


print(f())


def g():
    for i in range(3):
        try:
            try:
                return i
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)


print(g())


def h():
    i = 0
    while True:
        try:
            i += 1
            if i < 3:
                continue
            return i
        finally:
            print("finally with i =", i)


print(h())


class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def k():
    for i in range(3):
        with CM():
            if i == 0:
                continue
            if i == 1:
                break
    with CM():
        return "returned from with"


print(k())


def m():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 0:
                continue
            return f"caught {e}"
        finally:
            print("m finally", i)


print(m())
