# Star expressions in return, yield, subscripts (PEP 646), for-loop iterables, and displays.
def ret(a, b):
    return *a, *b


def gen(a):
    yield *a, "end"


class Show:
    def __getitem__(self, key):
        return key


print(ret([1, 2], (3,)), list(gen("xy")))
s = Show()
idx = (1, 2)
print(s[*idx], s[0, *idx], s[*idx, *idx], s[*[]] if False else "empty star index skipped")
for v in *"ab", *[1]:
    print("loop", v)
t = *range(3), 9
print(t, [*t, *t], {*t}, (*t,), {**{"a": 1}, **dict(b=2)})
a, *b = *"hello", 1
print(a, b)
print(*[1, 2], *(), *"", sep="|")
