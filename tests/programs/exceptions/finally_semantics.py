# Exceptions raised in finally replace the original; finally runs on every exit path.
def replaced():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    replaced()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))


def return_overrides_exception():
    try:
        raise ValueError("dropped")
    finally:
        return "finally wins"


print(return_overrides_exception())


def nested_finally():
    log = []
    try:
        try:
            try:
                raise ValueError
            finally:
                log.append("f1")
        finally:
            log.append("f2")
    except ValueError:
        log.append("caught")
    finally:
        log.append("f3")
    return log


print(nested_finally())


def finally_in_generator():
    try:
        yield 1
    finally:
        print("generator finally")


for v in finally_in_generator():
    print("value", v)
    break


def exception_in_except_and_finally():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
        finally:
            print("finally with pending TypeError")
    except TypeError as e:
        return repr(e), repr(e.__context__)


print(exception_in_except_and_finally())
