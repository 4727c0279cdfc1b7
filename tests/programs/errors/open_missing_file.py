# An uncaught FileNotFoundError from open(): the traceback and exit status 1.
print("before")
with open("definitely_missing_file.txt") as f:
    print(f.read())
