# warnings: the default report, written to sys.stderr (here redirected to stdout)
import sys
import warnings



class Out:
    # the script's folder is left out of the file names
    def write(self, s):
        sys.stdout.write(s.replace(__file__.rpartition("/")[0] + "/", ""))

    def flush(self):
        pass


sys.stderr = Out()


def f():
    warnings.warn("from f")  # the source line is shown


f()
f()  # same place: shown once
warnings.warn("top level", RuntimeWarning)
warnings.warn("deeper", stacklevel=2)
warnings.warn_explicit("explicit", UserWarning, "nofile.py", 3)
warnings.warn_explicit("with source", ResourceWarning, "nofile.py", 4, source=object())
warnings.simplefilter("always", ResourceWarning)
warnings.warn_explicit("with source", ResourceWarning, "nofile.py", 4, source=object())
warnings.warn(DeprecationWarning("in __main__ by default"))
warnings.warn("str(msg) of non-str", category=None)
warnings.warn(42)
print(sorted((str(k) for k in __warningregistry__ if k != "version")), __warningregistry__["version"] >= 0)
sys.stderr = sys.__stderr__
print("done")
