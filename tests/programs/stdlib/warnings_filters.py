# warnings: filter actions, registries, filter list contents
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


def show_log(log):
    print([(w.category.__name__, str(w.message)) for w in log])
    del log[:]


def clean_registry(reg):
    return sorted((k if isinstance(k, str) else (k[0], k[1].__name__) + k[2:], v) for k, v in reg.items() if k != "version")


with warnings.catch_warnings(record=True) as log:
    # default: once per location
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter("default")
    print(warnings.filters)
    for i in range(3):
        emit("d")
    emit("d2")
    show_log(log)
    print(clean_registry(globals()["__warningregistry__"]))

    # always
    warnings.simplefilter("always")
    for i in range(3):
        emit("a")
    show_log(log)

    # ignore
    warnings.simplefilter("ignore")
    emit("i")
    show_log(log)

    # error
    warnings.simplefilter("error")
    try:
        emit("e", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn(DeprecationWarning("inst"))
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)

    # once: once per message and category, wherever it is
    warnings.simplefilter("once")
    emit("o")
    emit("o")
    warnings.warn("o")
    emit("o", RuntimeWarning)
    show_log(log)

    # module: once per module
    warnings.simplefilter("module")
    emit("m")
    warnings.warn("m")
    emit("m")
    show_log(log)

    # category filters and ordering
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("always", RuntimeWarning)
    warnings.simplefilter("error", DeprecationWarning, append=True)
    print([(f[0], f[2].__name__) for f in warnings.filters])
    emit("user")
    emit("rt", RuntimeWarning)
    try:
        emit("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", e)
    show_log(log)
    # a duplicate moves to the front; appending a present one does nothing
    warnings.simplefilter("error", DeprecationWarning)
    warnings.simplefilter("ignore", UserWarning, append=True)
    print([(f[0], f[2].__name__) for f in warnings.filters])

    # lineno filters
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=12345)
    emit("not line 12345")
    warnings.warn_explicit("at 12345", UserWarning, "x.py", 12345)
    warnings.warn_explicit("at 12346", UserWarning, "x.py", 12346)
    show_log(log)

    # plain str message and module in a filter must be equal (as the default filters use)
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filters.insert(0, ("ignore", "exact text", Warning, None, 0))
    warnings.filters.insert(0, ("error", None, Warning, "othermod", 0))
    warnings._filters_mutated()
    emit("exact text")
    emit("exact text plus")
    try:
        warnings.warn_explicit("in othermod", UserWarning, "o.py", 1, module="othermod")
    except UserWarning as e:
        print("raised", e)
    show_log(log)

    # warn_explicit with a registry
    warnings.resetwarnings()
    warnings.simplefilter("default")
    reg = {}
    for i in range(2):
        warnings.warn_explicit("r", UserWarning, "f.py", 5, registry=reg)
    warnings.warn_explicit("r", UserWarning, "f.py", 6, registry=reg)
    show_log(log)
    print(clean_registry(reg), "version" in reg)
    # changing the filters makes registries stale
    warnings.simplefilter("default")
    warnings.warn_explicit("r", UserWarning, "f.py", 5, registry=reg)
    show_log(log)
    # message instance: its class is the category
    warnings.warn_explicit(FutureWarning("fw"), UserWarning, "f.py", 9)
    show_log(log)
    warnings.warn_explicit("mod", UserWarning, "f.py", 9, module="m")
    show_log(log)

    # defaultaction and unknown actions
    warnings.resetwarnings()
    old = warnings.defaultaction
    warnings.defaultaction = "ignore"
    emit("by default action")
    show_log(log)
    warnings.defaultaction = old
    warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
    try:
        emit("bogus")
    except RuntimeError as e:
        print("RuntimeError", e)
    warnings.filters[0] = (1, None, Warning, None, 0)
    try:
        emit("bad action")
    except TypeError as e:
        print("TypeError", e)
    warnings.filters[0] = ("ignore",)
    try:
        emit("bad item")
    except ValueError as e:
        print("ValueError", e)
    warnings.resetwarnings()

# argument errors
for call in [lambda: warnings.simplefilter("nope"),
             lambda: warnings.simplefilter("ignore", lineno=-1),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.warn("x", int),
             lambda: warnings.warn("x", 5),
             lambda: warnings.warn_explicit("x", UserWarning, 3, 1),
             lambda: warnings.warn_explicit("x", UserWarning, "f", 1, registry=[]),
             lambda: warnings.warn_explicit("x", UserWarning, "f", 1, module_globals=[]),
             lambda: warnings.warn()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(warnings.filters[:2])
