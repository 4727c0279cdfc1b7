type X = int
type Y[T] = list[T]
def f[T: int, *Ts, **P](x: T) -> T: pass
class C[T](Base): pass
