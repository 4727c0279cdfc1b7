y = [x for x in (z := [1, 2])]
