# super() with no arguments outside a method raises RuntimeError.
def helper():
    return super().thing
print("calling")
helper()
