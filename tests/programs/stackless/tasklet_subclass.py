# A subclass of tasklet with its own attributes (a name): getcurrent() returns the subclass instance inside it.
import stackless


class Named(stackless.tasklet):
    def __init__(self, func, name):
        super().__init__(func)
        self.name = name
        self.visits = 0


ch = stackless.channel()


def work(count):
    me = stackless.getcurrent()
    for _ in range(count):
        me.visits += 1
        ch.send((me.name, type(me).__name__, me.visits))


a = Named(work, "alpha")(2)
b = Named(work, "beta")(1)
print(isinstance(a, stackless.tasklet), type(a).__name__, a.name, b.name)
for _ in range(3):
    print(ch.receive())
stackless.run()
print(a.name, a.visits, a.alive, b.name, b.visits, b.alive)
print("main is a plain tasklet:", type(stackless.getmain()) is stackless.tasklet)
