# close(): GeneratorExit at the yield, finally blocks, ignoring it, closing unstarted/finished ones.
def counter(log):
    try:
        log.append("start")
        yield 1
        yield 2
    finally:
        log.append("finally")

log = []
g = counter(log)
print(g.__next__())
g.close()
print(log, g.gi_frame is None)
g.close()
print("second close ok")

log = []
g = counter(log)
g.close()
print("unstarted close:", log)

def catches():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        raise

g = catches()
g.__next__()
g.close()

def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores()
g.__next__()
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 5

g = returns_on_exit()
g.__next__()
print("close returns", g.close())

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")

g = raises_other()
g.__next__()
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)

def done():
    yield 1

g = done()
for x in g:
    pass
g.close()
print("finished close ok")
