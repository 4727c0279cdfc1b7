# SystemExit with a non-integer, non-string code prints it and exits with status 1.
print("exiting with a list")
raise SystemExit([1, 2])
