# warnings.filterwarnings with message and module regular expressions (needs re)
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="spam")
    warnings.filterwarnings("error", message=".*eggs$", category=RuntimeWarning)
    warnings.filterwarnings("ignore", module="other")
    f = warnings.filters[0]
    print(f[0], f[1], f[2], f[3].pattern, f[4])
    print(warnings.filters[2][1].pattern, warnings.filters[2][1].flags & 2 != 0)
    warnings.warn("SPAM is matched case-insensitively")
    warnings.warn("spammy too: matched at the start")
    warnings.warn("not spam: no match at the start")
    warnings.warn("green eggs", UserWarning)
    try:
        warnings.warn("green eggs", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn_explicit("from other", UserWarning, "o.py", 1, module="other.sub")
    warnings.warn_explicit("from another", UserWarning, "o.py", 1, module="another")
    print([str(w.message) for w in log])
