raise a b
