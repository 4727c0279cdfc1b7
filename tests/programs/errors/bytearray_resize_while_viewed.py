buf = bytearray(b'abc')
view = memoryview(buf)
print(view.tobytes())
buf.extend(b'def')
