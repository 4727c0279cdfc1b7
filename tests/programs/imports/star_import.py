# from module import * at module level brings in public names.
from sys import *
print(maxsize == __import__("sys").maxsize, callable(exit), "modules" in dir())
from builtins import *
print(len("abc"))
