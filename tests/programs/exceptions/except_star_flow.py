# except* with else/finally, raising inside handlers, and re-raise semantics.
def run(excs):
    log = []
    try:
        try:
            if excs:
                raise ExceptionGroup("g", excs)
        except* ValueError as eg:
            log.append(f"value x{len(eg.exceptions)}")
        except* (TypeError, KeyError) as eg:
            log.append(f"type/key x{len(eg.exceptions)}")
            raise
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as outer:
        log.append(f"escaped {type(outer).__name__}: {[type(e).__name__ for e in outer.exceptions]}")
    return log


print(run([]))
print(run([ValueError()]))
print(run([ValueError(), TypeError()]))
print(run([KeyError(), ZeroDivisionError()]))


def raise_in_handler():
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise RuntimeError("new error in handler")


try:
    raise_in_handler()
except Exception as err:
    print("raised:", repr(err), "| context:", repr(err.__context__))


def catches_all():
    try:
        raise ExceptionGroup("g", [OSError("o"), ValueError("v")])
    except* Exception as eg:
        result = f"all caught: {len(eg.exceptions)}"
    return result


print(catches_all())
