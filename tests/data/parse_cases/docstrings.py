'''doc'''
def f():
    '''doc'''
    return
