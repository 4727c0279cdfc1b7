# A source file whose last line has no newline.
x = [1,
     2]
print(x)
print("last line")