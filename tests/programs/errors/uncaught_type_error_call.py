# A TypeError from a bad call, raised from deep inside a decorator wrapper.
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def area(width, height):
    return width * height


print(area(2, 3))
print(area(2))
