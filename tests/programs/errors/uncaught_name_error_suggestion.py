# NameError with a suggestion for a similar name.
counter_value = 10
print(counter_valu + 1)
