# except* handlers matching exception subclasses, and groups raised from functions.
class AppError(Exception):
    pass


class DbError(AppError):
    pass


class NetError(AppError):
    pass


def gather():
    errors = []
    for i, cls in enumerate([DbError, NetError, DbError, ValueError]):
        errors.append(cls(f"e{i}"))
    raise ExceptionGroup("gathered", errors)


try:
    gather()
except* DbError as g:
    print("db:", [str(e) for e in g.exceptions])
except* AppError as g:
    print("app:", [str(e) for e in g.exceptions])
except* Exception as g:
    print("other:", [str(e) for e in g.exceptions])
