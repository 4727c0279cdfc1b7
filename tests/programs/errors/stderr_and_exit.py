import sys
# Writing to both streams, then exiting with a chosen status.
print("to stdout 1")
print("to stderr 1", file=sys.stderr)
sys.stderr.write("to stderr 2\n")
print("to stdout 2")
sys.exit(4)
