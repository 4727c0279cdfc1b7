# An uncaught IndexError from str.format with fewer arguments than fields.
template = "{0}, {1}!"
print(template.format("Hi", "Ann"))
print(template.format("Hi"))
