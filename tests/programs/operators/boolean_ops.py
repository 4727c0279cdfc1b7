# and / or / not: short-circuiting and the values they return.
def t(v):
    print("t", v)
    return v


print(t(1) and t(2))
print(t(0) and t(2))
print(t(1) or t(2))
print(t(0) or t(2))
print(t(0) or t("") or t(None))
print(t(1) and t(2) and t(3))
print(t(1) and t(0) or t(5))
print(t(0) or t(1) and t(2))
print(not t([]), not t([0]))
x = 5
r = x > 3 and "big" or "small"
print(r, [] or [1] and [], 0 or 0.0 or "", None and 1)
if t(1) and not t(0):
    print("branch taken")
while t(0) or t(0):
    pass
print([i for i in range(6) if i % 2 and i > 1 or i == 0])
