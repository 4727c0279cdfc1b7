if a:
    if b:
    pass
