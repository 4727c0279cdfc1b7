# Exceptions raised inside comprehensions propagate with the right context.
def risky(x):
    if x == 2:
        raise ValueError(f"bad value {x}")
    return x


try:
    [risky(x) for x in range(4)]
except ValueError as e:
    print("ValueError:", e)
try:
    {x: 1 / (x - 1) for x in range(3)}
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    [x for x in None]
except TypeError as e:
    print("TypeError:", e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print("NameError:", e)
result = []
try:
    result = [x for x in range(5) if x < 3 or (_ for _ in ()).throw(KeyError("thrown"))]
except KeyError as e:
    print("KeyError:", e)
print(result)
