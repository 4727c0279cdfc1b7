# sys.displayhook (what the prompt calls) and replacing hooks.
import sys
import builtins
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")
print(builtins._)
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
seen = []
def hook(value):
    seen.append(value)
sys.displayhook = hook
sys.displayhook(7)
print(seen)
sys.displayhook = sys.__displayhook__
print(sys.breakpointhook is sys.__breakpointhook__)
