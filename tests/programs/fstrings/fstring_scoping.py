# Names used in f-strings follow normal scoping: closures, class bodies, comprehensions.
x = "global"


def outer():
    y = "enclosing"

    def inner():
        return f"{x} {y}"
    return inner()


print(outer())


class C:
    attr = "class attr"
    text = f"{attr}"
    items = [f"{i}{attr[0]}" for i in range(2)] if False else "comprehension can't see attr"


print(C.text, C.items)
print([f"{i}:{j}" for i in range(2) for j in "ab"])
print(list(map(lambda v: f"<{v}>", [1, 2])))
z = 5
print(f"{(z := z + 1)} {z}")
print(f"{[f'{n}' for n in range(3)]}")
