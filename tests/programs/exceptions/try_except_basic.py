# try/except with specific, tuple, bare and base-class handlers.
def attempt(fn):
    try:
        result = fn()
    except ZeroDivisionError:
        return "zero division"
    except (KeyError, IndexError) as e:
        return f"lookup error {type(e).__name__}: {e}"
    except ArithmeticError as e:
        return f"arithmetic {type(e).__name__}"
    except Exception as e:
        return f"other {type(e).__name__}: {e}"
    else:
        return f"ok {result}"


print(attempt(lambda: 1 / 0))
print(attempt(lambda: {}["k"]))
print(attempt(lambda: [][1]))
print(attempt(lambda: 2.0 ** 5000))
print(attempt(lambda: int("x")))
print(attempt(lambda: 42))


def bare():
    try:
        raise SystemError("bare catches everything")
    except:
        return "bare except"


print(bare())
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
