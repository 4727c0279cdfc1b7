# NameError suggestions: a local, a global, a builtin, and an attribute of self.
class Counter:
    def __init__(self):
        self.total = 0

    def add(self, amount):
        total = amount
        return totl


def try_it(f):
    try:
        f()
    except NameError as e:
        print("caught", e.name)


value_one = 1
try_it(lambda: value_on)
try_it(lambda: lenn([]))
try_it(lambda: Counter().add(2))


class Other:
    def __init__(self):
        self.ready = True

    def check(self):
        return ready


Other().check()
