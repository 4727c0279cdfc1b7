# An uncaught ExceptionGroup prints its nested tracebacks as a tree.
def fail(n):
    raise ValueError(f"failure {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
raise ExceptionGroup("batch failed", errors + [ExceptionGroup("inner", [KeyError("k")])])
