# The objects the site module adds: exit, quit, copyright, credits, help.
print(repr(exit), repr(quit))
print(type(exit).__name__, type(exit).__module__, type(copyright).__name__, type(help).__name__)
print(repr(help))
print(credits)
print(callable(exit), callable(help), callable(copyright))
try:
    exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    quit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
print(IOError is OSError, EnvironmentError is OSError)
