x = [
  'abc,
]
