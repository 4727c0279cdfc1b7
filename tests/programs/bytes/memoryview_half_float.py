m = memoryview(bytearray(4)).cast('e')
print(m.tolist(), m.itemsize)
for v in [1.5, 65504.0, 65519.0, 65520.0, 1e-8, 5.96e-8, -0.0, 1e999, 2.0**-24*1.5, 2.0**-24*2.5, 2.0**-24*0.5, 0.1, 1e6, 1.0 + 2**-11, 1.0 + 3 * 2**-11, 2.0**-14, 2.0**-14 * (1 - 2**-11), 3.14159, -2.5, 1023.5, 2049.0, 2051.0]:
    try:
        m[0] = v
        print(repr(v), m.tolist()[0], m.tobytes().hex())
    except Exception as e:
        print(repr(v), type(e).__name__, e)
