# breakpoint() with sys.breakpointhook replaced, then the hook raising.
import sys
def hook(*args, **kwargs):
    print("hook called with", args, kwargs)
    raise RuntimeError("no debugging here")
sys.breakpointhook = hook
breakpoint(1, k=2)
