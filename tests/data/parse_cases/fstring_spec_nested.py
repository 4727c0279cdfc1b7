f'{x:{y}.{z}f}' f'{x:>{y}}' f'{x:{y}}' f'{x!a}' f'{{}}' f'a{{b}}c{d}'
