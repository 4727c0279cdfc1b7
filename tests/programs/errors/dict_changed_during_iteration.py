# An uncaught RuntimeError from a dict growing while a loop iterates it.
def fill(d):
    for k in d:
        d[k * 2 + 1] = k
    return d

print(fill({}))
print(fill({0: 0}) if False else "skip")
fill({1: 1, 2: 2})
print("not reached")
