print(sep="", "x")
