# Evaluation order: right-hand side first, then targets left to right.
log = []


def t(name, v=None):
    log.append(name)
    return v


class Rec:
    def __setitem__(self, k, v):
        log.append(f"setitem {k}={v}")

    def __setattr__(self, k, v):
        log.append(f"setattr {k}={v}")


r = Rec()
t("obj1", r)[t("key1", "a")], t("obj2", r).attr = t("rhs", (1, 2))
print(log)
log.clear()
d = {}
d[t("k", "k")] = t("v", "v")
print(log, d)
log.clear()
x = {t("dk1", 1): t("dv1", 1), t("dk2", 2): t("dv2", 2)}
print(log)
log.clear()
print(t("f", print)(t("a1", "arg1"), t("a2", "arg2")))
print(log)
