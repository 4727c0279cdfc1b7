# A return/break/continue in finally overrides the pending return or exception.
def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"after loop i={i}"


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError
            out.append(i)
        finally:
            continue
    return out


def finally_value_seen():
    x = "before"
    try:
        return x
    finally:
        x = "changed"


print(ret_in_finally(), swallow(), break_in_finally(), continue_in_finally(), finally_value_seen())


def counter():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 10
        print("n in finally", n)


print(counter())
