# An exception nobody catches in a tasklet leaves run() in the main tasklet and ends the program with its traceback.
# PyPy's emulation differs: its traceback also shows the frames of the emulation between run() and the tasklet.
import stackless


def parse(text):
    print("parsing", text)
    return int(text)


def worker(items):
    for item in items:
        print("value", parse(item))


stackless.tasklet(worker)(["1", "2", "x3"])
stackless.run()
print("not reached")
