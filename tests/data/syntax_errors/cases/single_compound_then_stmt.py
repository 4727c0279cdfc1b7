if x:
  pass
x=1
