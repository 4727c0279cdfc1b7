# A NameError for the name of a standard module suggests the import CPython 3.12 suggests.
def show(f):
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)


show(lambda: json.dumps(1))
show(lambda: sys.argv)
show(lambda: not_a_module_name)
io = None
del io
show(lambda: io)
show(lambda: collections)
ids = 3
show(lambda: idx)
print(io)
