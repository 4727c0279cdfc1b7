# ExceptionGroup and except*.
def raise_group():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])


try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions], type(eg).__name__, eg.message)
except* TypeError as eg:
    print("TypeErrors:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("KeyErrors:", [repr(e) for e in eg.exceptions])
try:
    try:
        raise_group()
    except* ValueError:
        print("handled ValueErrors only")
except ExceptionGroup as rest:
    print("remaining:", rest.message, [type(e).__name__ for e in rest.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked exception wrapped:", type(eg).__name__, eg.exceptions)
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
try:
    raise nested
except* ValueError as eg:
    print("nested ValueErrors:", eg)
    print(repr(eg))
except* TypeError as eg:
    print("nested TypeErrors:", repr(eg))
eg = ExceptionGroup("msg", [ValueError("a"), KeyError("b")])
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
