def load(raw):
    return raw.decode('ascii')

print(load(b'plain'))
print(load(b'caf\xc3\xa9'))
