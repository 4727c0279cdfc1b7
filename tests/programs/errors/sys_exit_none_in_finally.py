import sys
# sys.exit() runs finally blocks; a later sys.exit(5) replaces the first.
try:
    sys.exit(0)
finally:
    print("finally runs during SystemExit")
    sys.exit(5)
