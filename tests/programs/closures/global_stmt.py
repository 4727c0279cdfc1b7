# global: rebinding module names from functions, classes and nested scopes.
counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print(counter)


def create():
    global created
    created = "made by function"


create()
print(created)


def nested():
    def inner():
        global counter
        counter = 100
    inner()


nested()
print(counter)


class C:
    global from_class
    from_class = "set in class body"


print(from_class)


def local_shadow():
    counter = "local"
    return counter


print(local_shadow(), counter)


def read_only():
    return counter + 1


print(read_only())


def global_in_loop():
    global total
    total = 0
    for i in range(4):
        total += i


global_in_loop()
print(total)
