# The soft keywords `match`, `case` and `type` as names after a `;`, where only a simple
# statement can follow.
match = [1]; match.append(2); print(match)
x = 0; match[0] = 5; print(match, x)
y = 1; match = {"k": y}; print(match["k"])
def f(match, case):
    n = 0; match(case); return n
f(print, "called")
if True: z = 2; match = z * 3; print(match)
case = 4; type = 5; print(case, type)
class C:
    a = 1; match = 2; case = a + match
print(C.case)
for i in range(2): match = i; print(match)
