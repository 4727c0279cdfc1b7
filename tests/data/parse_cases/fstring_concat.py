x = ('a' f'b{c}' 'd'
     f'' '' u'e')
y = f'{x}' ''
z = '' f'{x}'
