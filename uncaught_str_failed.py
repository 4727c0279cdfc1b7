# An exception whose __str__ fails.
class Broken(Exception):
    def __str__(self):
        raise RuntimeError("no text")


def go():
    raise Broken("unused")


go()
