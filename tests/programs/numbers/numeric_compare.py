# Comparisons between ints, floats, complexes and bools, exact at every size.

vals = [0, 1, -1, 2**53, 2**53 + 1, -(2**53 + 1), 2**63, 10**400, -10**400, 0.0, -0.0, 0.5, 1.0,
        9007199254740992.0, 9007199254740994.0, 1e308, float('inf'), float('-inf'), float('nan'),
        True, False]
for a in vals:
    row = []
    for b in vals:
        row.append((a < b) * 1 + (a == b) * 2 + (a > b) * 4 + (a <= b) * 8 + (a >= b) * 16 + (a != b) * 32)
    print(row)

print(2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 + 1 < 9007199254740994.0, 2**1024 > 1e308,
      2**1024 < float('inf'), -(2**1024) > float('-inf'), 10**400 == float('inf'))
print(1 == 1 + 0j, 1.5 == 1.5 + 0j, 2**53 + 1 == complex(2**53, 0), 1j == 1j, 1 + 1j != 1,
      True == 1 + 0j, 10**400 == complex(1e308, 0), float('nan') == complex(float('nan'), 0))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 1 < 2 < 3.5, 3 > 2.0 > 1 + 0, -0.0 == 0, -0.0 < 0)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, nan >= nan, nan is nan, 1 in [1.0], 2.0 in (1, 2))
for f in [lambda: 1j < 1j, lambda: 1 < 1j, lambda: 1.5 >= 2j, lambda: 1 < 'a', lambda: 2.0 > None,
          lambda: True < []]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)


class Half:
    def __eq__(self, other):
        return other == 0.5

    def __lt__(self, other):
        return 0.5 < other

    def __gt__(self, other):
        return 0.5 > other


print(0.5 == Half(), 1 > Half(), 0 < Half(), 1 == Half())
