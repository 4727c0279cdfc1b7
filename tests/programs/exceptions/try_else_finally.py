# Every combination of except/else/finally, and their order of execution.
def run(raise_it):
    log = []
    try:
        log.append("try")
        if raise_it:
            raise ValueError("x")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(run(False), run(True))


def only_finally(raise_it):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise KeyError("k")
        finally:
            log.append("finally")
    except KeyError:
        log.append("outer except")
    return log


print(only_finally(False), only_finally(True))


def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "not here"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"else exception escaped its own try: {e}"


print(else_raises())


def except_raises():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("handler")
            raise TypeError("from handler")
        finally:
            log.append("finally sees it")
    except TypeError as e:
        log.append(f"outer {e}")
    return log


print(except_raises())


def else_and_finally_return():
    try:
        pass
    except Exception:
        pass
    else:
        return "else return"
    finally:
        print("finally before else return completes")


print(else_and_finally_return())
