# An uncaught exception at module level: traceback on stderr, exit status 1.
print("before the error")
x = {"a": 1}
print(x["b"])
print("never printed")
