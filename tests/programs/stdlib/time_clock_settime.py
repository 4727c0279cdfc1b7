# time.clock_settime / clock_settime_ns: only error paths (an invalid clock id, a clock that
# cannot be set, bad arguments), so that the test never changes the system's clock.
import time

BAD = 12345

def show(f, *args, **kw):
    try:
        print(f.__name__, args, f(*args, **kw))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

for f in (time.clock_settime, time.clock_settime_ns):
    show(f)
    show(f, BAD)
    show(f, BAD, 0, 0)
    show(f, clk_id=BAD, time=0)
    show(f, 1.5, 0)
    show(f, "a", 0)
    show(f, 2**31, 0)
    show(f, -2**31 - 1, 0)
    show(f, 2**63, 0)
    show(f, -1, 0)
    show(f, BAD, 0)
    show(f, time.CLOCK_MONOTONIC, 0)
    show(f, BAD, 1.5)
    show(f, BAD, "x")
    show(f, BAD, None)
    show(f, BAD, 1e300)
    show(f, BAD, -1e10)
    show(f, BAD, 9.2e9)
    show(f, BAD, float("nan"))
    show(f, BAD, 2**40)
    show(f, BAD, 2**70)
    show(f, BAD, -2**63)
    show(f, BAD, True)

class Idx:
    def __repr__(self):
        return "Idx()"

    def __index__(self):
        return BAD

show(time.clock_settime, Idx(), 0)
show(time.clock_settime, BAD, Idx())
show(time.clock_settime_ns, BAD, Idx())

for f in (time.clock_gettime, time.clock_gettime_ns, time.clock_getres):
    show(f)
    show(f, 1, 2)
    show(f, 2**31)
    show(f, -2**31 - 1)
    show(f, 2**63)
    show(f, BAD)
    show(f, 1.0)
