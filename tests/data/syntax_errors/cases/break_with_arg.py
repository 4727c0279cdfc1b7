while 1:
    break 1
