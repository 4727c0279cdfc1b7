# Groups nested deeper than 10 levels: the deepest are not printed.
g = ValueError("leaf")
for i in range(12):
    g = ExceptionGroup(f"level {i}", [g])
raise g
