# The `as` name is deleted at the end of the except block.
e = "before"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)


def f():
    try:
        raise KeyError("k")
    except KeyError as exc:
        saved = exc
    return saved, "exc" in locals()


print(f())


def nested():
    try:
        raise ValueError("outer")
    except ValueError as x:
        try:
            raise TypeError("inner")
        except TypeError as x:
            pass
        try:
            return x
        except UnboundLocalError as u:
            return f"UnboundLocalError: {u}"


print(nested())
