x: *int = 1
