# return, break and continue leaving with blocks; __exit__ always runs once.
class CM:
    count = 0

    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        CM.count += 1
        print("exit", self.tag)


def ret():
    with CM("ret"):
        return "value"


print(ret())
for i in range(4):
    with CM(f"loop {i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)


def nested_return():
    with CM("outer"):
        with CM("inner"):
            try:
                return "from try"
            finally:
                print("finally before exits")


print(nested_return())


def gen():
    with CM("gen"):
        yield 1
        yield 2


for v in gen():
    print("gen value", v)
print("exit count", CM.count)
