# A traceback through several function frames, with carets under each failing expression.
def parse(text):
    return int(text)


def load(values):
    return [parse(v) for v in values]


def main():
    data = ["1", "2", "three"]
    total = sum(load(data))
    return total


print("starting")
main()
