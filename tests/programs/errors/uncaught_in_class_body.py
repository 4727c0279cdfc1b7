# An exception raised while a class body runs.
def helper():
    return undefined_helper_value


class Config:
    name = "app"
    value = helper()
