# Exceptions and context managers interplay: __exit__ receives the exception and traceback.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__ if et else None, repr(ev), tb is not None)
        return et is KeyError


with Inspect():
    raise KeyError("suppressed")
try:
    with Inspect():
        raise ValueError("propagates")
except ValueError as e:
    print("outer caught", e)
with Inspect():
    print("no exception")
