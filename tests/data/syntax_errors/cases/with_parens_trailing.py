with (a,): pass
with (a as b c): pass
