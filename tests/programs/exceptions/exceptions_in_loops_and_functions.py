# Exceptions propagating through many frames and loops, with cleanup at each level.
def parse(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            out.append(None)
    return out


def validate(values):
    for v in values:
        if v is None:
            raise LookupError("missing value")
    return sum(values)


def pipeline(items):
    try:
        return validate(parse(items))
    except LookupError as e:
        return f"pipeline failed: {e}"
    finally:
        print("pipeline cleanup for", items)


print(pipeline(["1", "2", "3"]))
print(pipeline(["1", "x"]))


def retry(fn, attempts):
    for i in range(attempts):
        try:
            return fn(i)
        except RuntimeError as e:
            print("attempt", i, "failed:", e)
    raise RuntimeError("all attempts failed")


def flaky(i):
    if i < 2:
        raise RuntimeError(f"try {i}")
    return f"success on {i}"


print(retry(flaky, 5))
try:
    retry(flaky, 2)
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
