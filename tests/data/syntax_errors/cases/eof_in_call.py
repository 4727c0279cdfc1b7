f(a,
  b
