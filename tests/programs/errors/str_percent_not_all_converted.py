# An uncaught TypeError from %-formatting with too many arguments.
print("%s and %s" % ("a", "b"))
print("%s" % ("a", "b"))
