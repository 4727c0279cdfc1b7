x = (
'abc
)
