# Indentation with tabs only, and a form feed before a statement.
if True:
	x = 1
	if x:
		print("tab indented", x)
print("after form feed")
def f():
	return "tabbed function"
print(f())
