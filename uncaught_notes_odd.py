# __notes__ that is not a list, and notes that are not str.
try:
    e = ValueError("first")
    e.__notes__ = "not a list"
    raise e
except ValueError as caught:
    print(repr(caught.__notes__))
err = KeyError("second")
err.__notes__ = [42, "text note", ("tuple", 1)]
raise err
