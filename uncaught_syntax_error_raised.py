# A SyntaxError raised by hand is printed with its file, line, text and caret.
raise SyntaxError("invalid thing here", ("config.py", 3, 9, "value = = 12\n", 3, 12))
