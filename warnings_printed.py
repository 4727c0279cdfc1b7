# warnings.warn: what is printed, once per place under the default action, and the filters.
import sys
import warnings


def helper():
    warnings.warn("helper is old", DeprecationWarning, stacklevel=2)


def careful():
    warnings.warn("be careful")


for i in range(3):
    careful()
helper()
warnings.warn("a deprecation in __main__", DeprecationWarning)
warnings.warn(RuntimeWarning("an instance"))
warnings.simplefilter("ignore", UserWarning)
careful()
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("every time", FutureWarning)
warnings.filterwarnings("error", category=ResourceWarning)
try:
    warnings.warn("now an error", ResourceWarning)
except ResourceWarning as e:
    print("raised:", repr(e))
print(warnings.formatwarning("text", SyntaxWarning, "some.py", 12), end="")
sys.exit(3)
