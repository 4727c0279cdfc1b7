# "Did you mean" for a builtin name, a class attribute and a module attribute.
class Config:
    timeout = 30
    retries = 3


try:
    pritn("hello")
except NameError as e:
    print(type(e).__name__, e.name)
try:
    Config.timout
except AttributeError as e:
    print(type(e).__name__, e.name, e.obj is Config)
Config.retires
