# tasklet.bind(func, args, kwargs), unbinding with bind(), tempval of a bound tasklet, and the errors of bind/setup.
# not runnable under PyPy's emulation: its bind() takes only the function and it has no paused/scheduled attributes.
import stackless


def f(*args, **kwargs):
    print("f", args, sorted(kwargs.items()))


def state(label, t):
    print(label, "alive", t.alive, "scheduled", t.scheduled, "paused", t.paused)


t = stackless.tasklet()
state("new:", t)
print("tempval of a new tasklet:", t.tempval)
print("bind returns the tasklet:", t.bind(f) is t)
state("bound:", t)
print("tempval is the function:", t.tempval is f)
t.bind(f, (1, 2))
state("bound with args:", t)
print("tempval after binding args:", t.tempval)
print("runcount", stackless.getruncount())
t.insert()
state("inserted:", t)
stackless.run()
state("finished:", t)

t.bind(f, (3,), {"k": 4})
state("rebound:", t)
t.bind()
state("unbound:", t)
print("tempval after unbinding:", t.tempval)
t.bind(f, kwargs={"only": "kw"})
state("bound with kwargs only:", t)
t.insert()
stackless.run()

t = stackless.tasklet(f, (5,), {"x": 6})
state("constructor with args:", t)
t.insert()
stackless.run()


def attempt(label, fn):
    try:
        fn()
    except (TypeError, RuntimeError) as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "-> no error")


attempt("tasklet(42)", lambda: stackless.tasklet(42))
attempt("bind(f, [1])", lambda: stackless.tasklet().bind(f, [1]))
attempt("bind(f, (), [])", lambda: stackless.tasklet().bind(f, (), []))
attempt("setup of an unbound tasklet", lambda: stackless.tasklet()())
s = stackless.tasklet(f)(7)
attempt("setup of a scheduled tasklet", lambda: s(8))
attempt("bind of a scheduled tasklet", lambda: s.bind(f))
p = stackless.tasklet().bind(f, (9,))
attempt("setup of a paused tasklet", lambda: p())
attempt("bind of the current tasklet", lambda: stackless.getcurrent().bind(f))
stackless.run()
p.insert()
stackless.run()
print("runcount", stackless.getruncount())
