# A name declared global in one function is unaffected in sibling and nested functions.
value = "module"


def writer():
    global value
    value = "written by writer"

    def nested_reader():
        return value
    return nested_reader()


def local_shadow():
    value = "local"

    def nested():
        return value
    return nested()


print(local_shadow(), value)
print(writer(), value)


class Holder:
    value = "class attribute"

    def method(self):
        return value


print(Holder().method(), Holder.value)


def declares_global_without_assignment():
    global never_assigned
    try:
        return never_assigned
    except NameError as e:
        return f"NameError: {e}"


print(declares_global_without_assignment())
