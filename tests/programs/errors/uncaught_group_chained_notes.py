# An exception group raised from another exception, with notes and a nested group.
def collect():
    try:
        raise ValueError("first cause")
    except ValueError as e:
        bad = TypeError("typed")
        bad.add_note("note line 1\nnote line 2")
        bad.add_note("second note")
        raise ExceptionGroup("collected", [bad, KeyError("key"), ExceptionGroup("inner", [OSError(2, "gone")])]) from e


collect()
