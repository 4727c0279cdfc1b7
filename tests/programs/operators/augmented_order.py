# Order of evaluation in augmented assignment: target parts once, then value, then store.
log = []


class Box:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, key):
        log.append(f"get {key}")
        return self.data[key]

    def __setitem__(self, key, value):
        log.append(f"set {key}={value}")
        self.data[key] = value

    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return 0


def obj():
    log.append("obj")
    return box


def key():
    log.append("key")
    return "k"


def val():
    log.append("val")
    return 5


box = Box()
obj()[key()] += val()
print(log)
log.clear()
b2 = Box()
b2.attr += 3
print(log, b2.__dict__["attr"])


class InPlace:
    def __init__(self):
        self.v = []

    def __iadd__(self, other):
        self.v.append(other)
        return self

    def __add__(self, other):
        return "add called"


p = InPlace()
q = p
p += 1
p += 2
print(p is q, p.v)


class NoInPlace:
    def __add__(self, other):
        return ("new", other)


n = NoInPlace()
n += 1
print(n)
