"""time: clocks, conversions of fixed timestamps, struct_time, and the error cases."""
import time
for f in [lambda: time.mktime((1,2)), lambda: time.asctime((1,2)), lambda: time.asctime(5), lambda: time.strftime('%Y', (2024,13,1,0,0,0,0,1,0)),
          lambda: time.gmtime(1e20), lambda: time.gmtime(float('nan')), lambda: time.gmtime('x'), lambda: time.sleep(-1), lambda: time.sleep('a'),
          lambda: time.struct_time((1,2)), lambda: time.struct_time(range(12)), lambda: time.strftime(5), lambda: time.gmtime(1e18),
          lambda: time.strptime('2024', '%Q'), lambda: time.strptime('x', '%Y'), lambda: time.strptime('2024 1', '%Y'), lambda: time.get_clock_info('x'),
          lambda: time.asctime((2024,1,1,0,0,0,7,1,0)), lambda: time.asctime((2024,0,1,0,0,0,0,1,0)), lambda: time.strftime('%Y', (2024,0,0,0,0,0,0,0,0)), lambda: time.strptime(5), lambda: time.strptime('1', 5)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t = time.struct_time(range(11))
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[:3], type(t).__mro__, t.n_fields, t.n_sequence_fields, t.__match_args__)
t = time.struct_time(range(9)); print(t.tm_zone, t.tm_gmtoff)
print(time.gmtime(0), time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable, time.get_clock_info('perf_counter').implementation)
print(time.strptime('2024-03-05 10:11:12', '%Y-%m-%d %H:%M:%S'))
print(time.asctime(time.gmtime(1e9)), time.strftime('%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %z %%', time.gmtime(1e9)))
print(time.gmtime(-1e9), time.gmtime(1.99), time.gmtime(-1.5))
print(time.mktime(time.localtime(1e9)), time.localtime(time.mktime(time.localtime(123456789))) == time.localtime(123456789))
print(type(time.time()), type(time.time_ns()), type(time.monotonic_ns()), type(time.perf_counter()))
a = time.monotonic(); time.sleep(0.01); b = time.monotonic(); print(b - a >= 0.01)
a = time.perf_counter_ns(); b = time.perf_counter_ns(); print(b >= a)
print(time.process_time() >= 0, time.thread_time() >= 0, abs(time.time() - time.time_ns() / 1e9) < 1)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, type(time.clock_gettime(time.CLOCK_MONOTONIC)), time.clock_getres(time.CLOCK_REALTIME))
print(type(time.timezone), type(time.altzone), type(time.daylight), type(time.tzname), len(time.tzname))
t = time.gmtime(1700000000)
print(t.tm_year, t[0], t[-1], tuple(t), t == tuple(t), list(t)[6])
print(time.ctime(0) == time.asctime(time.localtime(0)), time.sleep(0))
