# Errors from __match_args__ and class patterns at run time.
class BadArgs:
    __match_args__ = ["x"]
    x = 1


try:
    match BadArgs():
        case BadArgs(1):
            print("no")
except TypeError as e:
    print("TypeError:", e)


class NonStrArgs:
    __match_args__ = (1,)


try:
    match NonStrArgs():
        case NonStrArgs(_):
            print("no")
except TypeError as e:
    print("TypeError:", e)


class Dup:
    __match_args__ = ("a",)
    a = 1


try:
    match Dup():
        case Dup(1, a=1):
            print("no")
except TypeError as e:
    print("TypeError:", e)


class Missing:
    __match_args__ = ("gone",)


match Missing():
    case Missing(_):
        print("matched?")
    case _:
        print("missing attribute: no match")
