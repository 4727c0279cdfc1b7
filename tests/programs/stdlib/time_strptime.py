"""time.strptime: directives, backtracking between adjacent numbers, week and ISO dates, errors."""
import time
for s, f in [('2024-03-05', '%Y-%m-%d'), ('Tue Mar  5 10:11:12 2024', '%a %b %d %H:%M:%S %Y'), ('5 PM', '%I %p'), ('24 1', '%y %j'),
             ('+0530', '%z'), ('Z', '%z'), ('-05:30', '%z'), ('+01:02:03.5', '%z'), ('123', '%f'), ('2024 10 1', '%Y %U %w'),
             ('2024 10 1', '%Y %W %w'), ('2024-W10-1', '%G-W%V-%u'), ('2021-W01-7', '%G-W%V-%u'), ('%', '%%'), ('march', '%B'),
             ('  2024', '%Y'), ('2024', '%Y %m'), ('69', '%y'), ('68', '%y'), ('1234567', '%f'), ('12', '%H%M'), ('1', '%m'),
             ('2024 366', '%Y %j'), ('2023 366', '%Y %j'), ('30 2', '%d %m'), ('29 2', '%d %m'), ('12 AM', '%I %p'), ('12 pm', '%I %p'),
             ('Feb 29', '%b %d'), ('', '%c'), ('01/02/03', '%x'), ('10:11:12', '%X'), ('Tue Mar  5 10:11:12 2024', '%c'), ('2024', '%G'),
             ('x', '%'), ('5', '%e'), ('2024 5', '%Y %V'), ('SUNDAY 2024 0', '%A %Y %U'), ('2024 0 0', '%Y %W %w'), ('a  b', 'a b'),
             ('A', 'a'), ('2024\t03', '%Y %m'), ('+05:3099', '%z%S')]:
    try: print(repr(s), repr(f), time.strptime(s, f))
    except Exception as e: print(type(e).__name__, e)
print(time.strptime('Tue Mar  5 10:11:12 2024'))
t = time.strptime('+0130', '%z')
print(t.tm_gmtoff, t.tm_zone)
for a in [(5, '%Y'), ('5', 5), ('2024',)]:
    try: print(time.strptime(*a))
    except Exception as e: print(type(e).__name__, e)
