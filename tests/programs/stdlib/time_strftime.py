"""time.strftime and time.asctime over tuples: normalisation of zeros and range checks."""
import time
for tup in [(2024,0,0,0,0,0,0,0,0),(2024,13,1,0,0,0,0,1,0),(2024,1,32,0,0,0,0,1,0),(2024,1,-1,0,0,0,0,1,0),(2024,1,1,24,0,0,0,1,0),
            (2024,1,1,0,60,0,0,1,0),(2024,1,1,0,0,62,0,1,0),(2024,1,1,0,0,0,-1,1,0),(2024,1,1,0,0,0,8,1,0),(2024,1,1,0,0,0,-2,1,0),
            (2024,1,1,0,0,0,0,367,0),(2024,1,1,0,0,0,0,-1,0),(2024,1,1,0,0,0,0,1,5),(2024,1,1,0,0,0,0,1.5,0),(2024.0,1,1,0,0,0,0,1,0),
            (12345,1,1,0,0,0,0,1,0), (1999,12,31,23,59,61,4,365,0)]:
    for f in (time.asctime, lambda t: time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %p %I %y|', t)):
        try: print(f(tup))
        except Exception as e: print(type(e).__name__, e)
print(repr(time.strftime('', time.gmtime(0))), repr(time.strftime('%%|%-d', time.gmtime(0))))
print(time.strftime('%c|%x|%X|%U|%W|%w|%u|%G|%V', time.gmtime(1234567890)))
for bad in [5, [2024, 1, 1, 0, 0, 0, 0, 1, 0], (1, 2, 3)]:
    try: print(time.strftime('%Y', bad))
    except Exception as e: print(type(e).__name__, e)
try: time.strftime('a\0b', time.gmtime(0))
except Exception as e: print(type(e).__name__, e)
