x = [*y for y in [[1]]]
