with open as 1:
    pass
