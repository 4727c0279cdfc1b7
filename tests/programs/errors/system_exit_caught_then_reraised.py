import sys
# SystemExit can be caught like any exception; its code is preserved when re-raised.
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit("text code")
except SystemExit as e:
    print("text code:", e.code)
print("raising again")
raise SystemExit(2)
