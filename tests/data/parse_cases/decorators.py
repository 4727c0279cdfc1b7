@a
# comment

@b.c(d)
@e
async def f(): pass
@x
class C: pass
