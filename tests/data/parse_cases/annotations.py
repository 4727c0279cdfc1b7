x: int
y: list[int] = []
(z): int = 1
a.b: int
c[0]: int = 2
