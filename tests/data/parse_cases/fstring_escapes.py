f'\n{x}\t' rf'\d{x}' f'\N{EM DASH}{x}' f'{x}\
'
