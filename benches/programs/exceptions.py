# Exceptions: raising and catching in loops, across calls, with finally and custom classes.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def check(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i


def run(n):
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except AppError as e:
            total += e.code
        except KeyError:
            total -= 1
        finally:
            total += 1
    d = {}
    for i in range(n):
        try:
            total += d[i]
        except KeyError:
            pass
    return total


print(run(300_000))
