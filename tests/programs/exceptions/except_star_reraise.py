# except*: what escapes when handlers re-raise, raise new exceptions, or leave parts unhandled.
def run(body):
    try:
        body()
    except BaseException as e:
        def shape(x):
            if isinstance(x, BaseExceptionGroup):
                return [x.message, [shape(s) for s in x.exceptions]]
            return repr(x)
        print("escaped:", type(e).__name__, shape(e))
    else:
        print("nothing escaped")


def reraise_part():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def both():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print("caught as", type(eg).__name__, repr(eg.exceptions))


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not here")


def handled_all():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        print("handled", len(eg.exceptions))


def nested_structure():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), TypeError(3)])
    except* ValueError:
        pass


def base_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* ValueError:
        print("value part handled")


cases = [("reraise_part", reraise_part), ("raise_new", raise_new), ("both", both), ("naked", naked),
         ("naked_reraise", naked_reraise), ("naked_unmatched", naked_unmatched), ("handled_all", handled_all),
         ("nested_structure", nested_structure), ("base_group", base_group)]
for label, f in cases:
    print("--", label)
    run(f)

try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise TypeError("in handler")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
except TypeError as e:
    print("TypeError alone:", repr(e), repr(e.__context__))
