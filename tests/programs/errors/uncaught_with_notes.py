# Notes added with add_note() appear after the exception message.
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("check the file format")
    raise
