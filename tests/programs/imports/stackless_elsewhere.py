# The stackless module exists under the stackless engine only (its output there is
# stackless_elsewhere.stackless.stdout); elsewhere importing it fails as in CPython 3.12.
try:
    import stackless
except ImportError as e:
    print(type(e).__name__, e, e.name)
else:
    print("stackless", stackless.getruncount(), stackless.getcurrent() is stackless.getmain())
