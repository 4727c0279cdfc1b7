# A bare raise re-raises without adding its frame twice.
def inner():
    return {}["missing"]


def middle():
    try:
        inner()
    except KeyError:
        print("middle saw it")
        raise


def outer():
    try:
        middle()
    except LookupError:
        print("outer saw it")
        raise


outer()
