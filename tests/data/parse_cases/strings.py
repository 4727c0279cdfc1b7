x = u'a' 'b'
y = b'a' rb'\d' Rb'x' BR'y'
z = '''
a
''' """b"""
