template = b'%s=%d'
print(template % (b'a', 1))
print(template % (b'b',))
