# int.to_bytes() and int.from_bytes(): byte orders, signedness, defaults, lengths and errors.

for v in [0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, 2**63, -2**63, 2**64 - 1, 10**20]:
    row = [v]
    for length, order, signed in [(16, 'big', True), (16, 'little', True), (9, 'big', False)]:
        try:
            data = v.to_bytes(length, order, signed=signed)
            row.append(int.from_bytes(data, order, signed=signed) == v)
            row.append(int.from_bytes(v.to_bytes(length, byteorder=order, signed=signed), 'little'))
        except OverflowError as e:
            row.append(e)
    print(row)

def little(data):
    return int.from_bytes(data, 'little')


print(little((1).to_bytes()), little((258).to_bytes(2, 'big')), little((258).to_bytes(2, 'little')),
      little((-2).to_bytes(1, 'big', signed=True)), little((0).to_bytes(0, 'big')))

for data in [b'', b'\x00', b'\x01', b'\xff', b'\x80\x00', b'\x00\x80', b'\x01\x02\x03\x04',
             b'\xff\xff\xff\xff\xff\xff\xff\xff\xff']:
    print(int.from_bytes(data, 'big'), int.from_bytes(data, 'little'),
          int.from_bytes(data, 'big', signed=True), int.from_bytes(data, byteorder='little', signed=True))

print(int.from_bytes(b'\x01\x00'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes((255,), 'big', signed=True))


class MyInt(int):
    pass


r = MyInt.from_bytes(b'\x00\x10', 'big')
print(type(r).__name__, r, bool.from_bytes(b'\x01', 'big'), type(bool.from_bytes(b'\x00', 'big')).__name__)

for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'),
          lambda: (128).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big'),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(1, 5),
          lambda: int.from_bytes(b'', 'middle'), lambda: int.from_bytes('ab', 'big'),
          lambda: int.from_bytes([256], 'big'), lambda: int.from_bytes(5, 'big'),
          lambda: (1).to_bytes(1.5, 'big'), lambda: (1).to_bytes(1, 'big', True)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
