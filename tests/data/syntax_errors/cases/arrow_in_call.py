f(a -> b)
