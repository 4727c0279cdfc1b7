# Subjects: tuples without parentheses, star expressions, calls evaluated once.
def subject():
    print("subject evaluated")
    return (1, 2)


match subject():
    case (1, 3):
        print("no")
    case (1, 2):
        print("yes")
a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match 1, *rest:
    case [1, 3, 4]:
        print("star subject")
match = "soft keyword as a name"
case = 3
print(match, case)
match match:
    case "soft keyword as a name":
        print("matched a variable named match")
_ = "underscore"
match _:
    case _:
        print("wildcard on a name called _:", _)
