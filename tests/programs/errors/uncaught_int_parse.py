# An uncaught ValueError from int() on text that is not a number in the base.

fields = ['12', ' 0x1F ', '1_000']
print(int(fields[0]), int(fields[1], 16), int(fields[2]))
total = 0
for text in ['10', '20', '3O']:
    total += int(text)
print(total)
