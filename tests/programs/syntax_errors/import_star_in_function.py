def f():
    from sys import *
