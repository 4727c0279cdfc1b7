# UnboundLocalError: assignment anywhere in a function makes the name local everywhere.
count = 10


def increment():
    try:
        count += 1
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(increment())


def conditional():
    if False:
        count = 0
    try:
        return count
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(conditional())


def loop_var():
    try:
        print(item)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    for item in range(2):
        pass
    return item


print(loop_var())


def deleted():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


print(deleted())


def import_target():
    try:
        return sys
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
    import sys


print(import_target())
