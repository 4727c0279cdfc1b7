print(end="", end="\n")
