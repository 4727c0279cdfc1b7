# Unbounded recursion: the repeated traceback line is folded.
def down(n):
    return down(n + 1)


print("start")
down(0)
