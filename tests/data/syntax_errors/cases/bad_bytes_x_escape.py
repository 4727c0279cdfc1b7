x = b'\xg'
