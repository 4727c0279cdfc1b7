# An uncaught IndexError from str indexing inside a function.
def last_char(s, n):
    return s[n]

print(last_char("abc", 2))
print(last_char("abc", 3))
