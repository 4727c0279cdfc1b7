# Many nested handlers in one function: the exception table must route each raise correctly.
def stress(n):
    log = []
    for i in range(n):
        try:
            try:
                try:
                    if i % 4 == 0:
                        raise ValueError(i)
                    if i % 4 == 1:
                        raise KeyError(i)
                    if i % 4 == 2:
                        raise TypeError(i)
                    log.append(("ok", i))
                except ValueError as e:
                    log.append(("value", e.args[0]))
                    if i == 8:
                        raise RuntimeError("from value handler")
                finally:
                    log.append(("f1", i))
            except KeyError as e:
                log.append(("key", e.args[0]))
                try:
                    raise IndexError("nested")
                except IndexError:
                    log.append(("nested index", i))
            else:
                log.append(("else", i))
            finally:
                log.append(("f2", i))
        except TypeError:
            log.append(("type", i))
        except RuntimeError as e:
            log.append(("runtime", str(e), repr(e.__context__)))
        with Ctx(log, i):
            if i == 3:
                continue
        log.append(("end", i))
    return log


class Ctx:
    def __init__(self, log, i):
        self.log, self.i = log, i

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.log.append(("exit", self.i))


for entry in stress(9):
    print(entry)
