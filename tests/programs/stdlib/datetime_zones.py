"""datetime: strftime, timestamps, time zones, ISO calendar, comparisons and subclasses."""
from datetime import *
import datetime as D
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
dt = datetime(2024, 3, 5, 14, 7, 9, 123456)
for f in ['%Y-%m-%d %H:%M:%S.%f', '%a %A %b %B %j %p %I %y %%', '%z|%Z|%:z', '%c', '%x %X', '%U %W %G %V %u %w', '%f%f', '%']:
    t(lambda: dt.strftime(f)); t(lambda: dt.replace(tzinfo=timezone(timedelta(hours=-3, minutes=-30), 'X%Y')).strftime(f))
t(lambda: time(1, 2, 3, 4).strftime('%H %M %S %f %Y %z')); t(lambda: date(2024, 3, 5).strftime('%Y %H %f %z'))
t(lambda: datetime.fromtimestamp(0, timezone.utc)); t(lambda: datetime.fromtimestamp(1.5, timezone(timedelta(hours=2))))
t(lambda: datetime.fromtimestamp(-1.000001, timezone.utc)); t(lambda: datetime.fromtimestamp(1e9 + 0.0000005, timezone.utc))
t(lambda: datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp()); t(lambda: datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())
t(lambda: datetime(2024,1,1,12,tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-5)))); t(lambda: datetime(2024,1,1,12,tzinfo=timezone.utc).astimezone(timezone.utc))
t(lambda: datetime.combine(date(2024,1,2), time(3,4,tzinfo=timezone.utc))); t(lambda: datetime.combine(date(2024,1,2), time(3,4), tzinfo=None))
t(lambda: datetime(2024,1,1,tzinfo=timezone.utc) == datetime(2023,12,31,19,tzinfo=timezone(timedelta(hours=-5))))
t(lambda: hash(datetime(2024,1,1,tzinfo=timezone.utc)) == hash(datetime(2023,12,31,19,tzinfo=timezone(timedelta(hours=-5)))))
t(lambda: datetime(2024,1,1,tzinfo=timezone.utc) - datetime(2023,12,31,19,tzinfo=timezone(timedelta(hours=-6))))
t(lambda: sorted([date(2024,1,3), date(2023,5,1), date(2024,1,1)])); t(lambda: {date(2024,1,1): 1}[date(2024,1,1)])
t(lambda: date(2024,1,1).isocalendar()); t(lambda: date(2021,1,1).isocalendar()); t(lambda: date(2020,12,31).isocalendar()); t(lambda: date(2026,12,31).isocalendar())
t(lambda: date.fromisocalendar(2020, 53, 5)); t(lambda: date.fromisocalendar(2021, 53, 5)); t(lambda: [date(2024,1,d).weekday() for d in range(1,8)]); t(lambda: date(2024,1,7).isoweekday())
t(lambda: date(2024,2,29).toordinal()); t(lambda: date.fromordinal(738945)); t(lambda: date.fromordinal(3652059)); t(lambda: date.fromordinal(3652060)); t(lambda: date.max.toordinal())
t(lambda: [date.fromordinal(n) for n in (1, 365, 366, 730, 146097, 146098, 36524, 36525, 1461, 1462)])
t(lambda: date(2024,1,31) + timedelta(days=30, hours=23)); t(lambda: date(2024,1,31) - timedelta(days=30, hours=23))
t(lambda: timedelta(weeks=1, days=-1, hours=-1, minutes=1.5, milliseconds=-1)); t(lambda: str(timedelta(days=-1))); t(lambda: str(timedelta(days=5, microseconds=7)))
t(lambda: timedelta(1) / timedelta(hours=5)); t(lambda: timedelta(1) // timedelta(hours=5)); t(lambda: timedelta(1) % timedelta(hours=5)); t(lambda: divmod(timedelta(-1), timedelta(hours=5)))
t(lambda: timedelta(hours=1) * 2.5); t(lambda: 3 * timedelta(hours=1)); t(lambda: timedelta(hours=1) / 7); t(lambda: timedelta(hours=1) // 7); t(lambda: -timedelta(hours=1)); t(lambda: abs(timedelta(-3))); t(lambda: +timedelta(1))
t(lambda: timedelta(1, 2, 3).total_seconds()); t(lambda: (timedelta(1).days, timedelta(seconds=-1).seconds)); t(lambda: bool(timedelta(0))); t(lambda: timedelta(0) == 0)
t(lambda: time(12, 30) < time(13)); t(lambda: time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1)))); t(lambda: str(time(1,2,3,4000)))
t(lambda: time(1, 2).isoformat('microseconds')); t(lambda: time(1,2,tzinfo=timezone(timedelta(hours=1))).utcoffset()); t(lambda: time(1).tzname()); t(lambda: time(1, tzinfo=timezone.utc).tzname())
t(lambda: time(1).replace(hour=5, fold=1)); t(lambda: datetime(2024,1,1).replace(day=31, tzinfo=timezone.utc)); t(lambda: dt.date()); t(lambda: dt.time()); t(lambda: dt.timetz())
t(lambda: str(dt)); t(lambda: dt.isoformat()); t(lambda: dt.isoformat(timespec='seconds')); t(lambda: dt.isoformat(' ', 'hours')); t(lambda: dt.isoformat(timespec='minutes'))
t(lambda: datetime.strptime('2024-03-05 10:11:12.5 +0100', '%Y-%m-%d %H:%M:%S.%f %z')); t(lambda: datetime.strptime('10 UTC', '%H %Z'))
t(lambda: (D.MINYEAR, D.MAXYEAR, D.UTC is timezone.utc, D.datetime.__module__, D.date.__name__, type(date(2024,1,1).isocalendar()).__name__))
class MyTZ(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=2)
    def dst(self, dt): return timedelta(0)
    def tzname(self, dt): return 'MY'
    def __repr__(self): return 'MyTZ()'
t(lambda: datetime(2024,1,1,tzinfo=MyTZ()).isoformat()); t(lambda: datetime(2024,1,1,tzinfo=timezone.utc).astimezone(MyTZ())); t(lambda: datetime(2024,1,1,tzinfo=MyTZ()).strftime('%Z %z'))
class Bad(tzinfo):
    def utcoffset(self, dt): return 5
t(lambda: datetime(2024,1,1,tzinfo=Bad()).utcoffset())
class Sub(datetime): pass
t(lambda: Sub(2024,1,1)); t(lambda: type(Sub(2024,1,1) + timedelta(1)).__name__); t(lambda: Sub.fromisoformat('2024-01-01'))
t(lambda: D.datetime(2024,1,1) in {D.datetime(2024,1,1)}); t(lambda: datetime.max - datetime.min); t(lambda: datetime(2024,1,1) - datetime(2023,1,1,12,30))
t(lambda: date.today() <= date.today()); t(lambda: type(datetime.now()).__name__); t(lambda: datetime.now(timezone.utc).tzinfo); t(lambda: abs(datetime.now(timezone.utc).timestamp() - __import__('time').time()) < 5)
t(lambda: datetime.fromtimestamp(1e9).timestamp()); t(lambda: date.fromtimestamp(0) <= date(1970,1,2)); t(lambda: datetime(2024,5,6,7,8,9).timetuple()); t(lambda: date(2024, 3, 1).ctime())
t(lambda: timezone(timedelta(hours=3)).fromutc(datetime(2024,1,1,tzinfo=timezone(timedelta(hours=3))))); t(lambda: timezone.utc.fromutc(datetime(2024,1,1)))
t(lambda: timezone(timedelta(0), 'Z') == timezone.utc); t(lambda: timezone(timedelta(0)) is timezone.utc); t(lambda: timezone(timedelta(hours=1)).dst(None))
t(lambda: timezone(timedelta(hours=-1)).utcoffset(datetime(2024,1,1)))
