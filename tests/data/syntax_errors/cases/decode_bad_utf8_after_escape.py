x = 'ab\nö'
