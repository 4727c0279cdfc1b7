import types
@types.coroutine
def sleeper(n):
    got = yield ('sleep', n)
    return got * 2
print(sleeper.__name__, sleeper.__qualname__, types.coroutine(sleeper) is sleeper)
async def main():
    a = await sleeper(1)
    b = await sleeper(2)
    return a + b
co = main()
print(co.send(None))
print(co.send(10))
try: co.send(5)
except StopIteration as e: print('result', e.value)
class Custom:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration(self.i)
        return self.i
    def send(self, v): return next(self)
    def throw(self, *a): raise a[0]
    def close(self): pass
def make_gen():
    def g():
        x = yield 'inner'
        return x
    return g()
wrapped = types.coroutine(make_gen)
print(wrapped.__name__)
async def use():
    return await wrapped()
c = use(); print(c.send(None))
try: c.send('done')
except StopIteration as e: print('result', e.value)
try: types.coroutine(5)
except TypeError as e: print(type(e).__name__, e)
