# A deadlock nobody catches: main blocks on receive, the only other tasklet ends, and the program ends with the RuntimeError.
# PyPy's emulation differs: its message and traceback differ.
import stackless

ch = stackless.channel()
stackless.tasklet(print)("a tasklet runs first")
print("main receives")
ch.receive()
print("not reached")
