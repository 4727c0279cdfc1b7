"""datetime: constructors, arithmetic, reprs and the error messages of bad arguments."""
from datetime import *
import datetime as D
def ty(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
td = timedelta
t(lambda: td(days='a')); t(lambda: td(1)/0); t(lambda: td(1)//0); t(lambda: td(1)%td(0)); t(lambda: td(1)/td(0)); t(lambda: td(1)/0.0); t(lambda: td(10**9))
t(lambda: td(1)*1.5); t(lambda: td(seconds=1)/3); t(lambda: td(seconds=1)*0.3333); t(lambda: -td(999999999)-td(1))
t(lambda: td(days=1.5, seconds=0.5, microseconds=0.5)); t(lambda: td(microseconds=1.5)); t(lambda: td(microseconds=2.5)); t(lambda: td(minutes=-1)); t(lambda: str(td(microseconds=-1)))
t(lambda: td(hours=25, milliseconds=3)); t(lambda: str(td(days=-2, hours=3))); t(lambda: divmod(td(7), td(2))); t(lambda: td(7)//td(2)); t(lambda: td(7)%td(-2)); t(lambda: td(float('nan')));t(lambda: td(float('inf')))
t(lambda: date(2024, 13, 1)); t(lambda: date(0, 1, 1)); t(lambda: date(2023, 2, 29)); t(lambda: date(2024, 1, 1.0)); t(lambda: date('2024',1,1)); 
t(lambda: date.max + td(1)); t(lambda: date.min - td(1)); ty(lambda: date(2024,1,1) - 1); t(lambda: date(2024,1,1) < datetime(2024,1,1)); t(lambda: date(2024,1,1) == datetime(2024,1,1))
t(lambda: datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc)); t(lambda: datetime(2024,1,1) == datetime(2024,1,1,tzinfo=timezone.utc)); t(lambda: datetime(2024,1,1) - datetime(2024,1,1,tzinfo=timezone.utc))
t(lambda: time(24)); t(lambda: time(1, 60)); t(lambda: time(1, 1, 60)); t(lambda: time(1,1,1,1000000)); t(lambda: time(fold=2)); t(lambda: time(1) < time(1, tzinfo=timezone.utc)); t(lambda: time(1) == time(1, tzinfo=timezone.utc))
t(lambda: timezone(td(hours=24))); t(lambda: timezone(5)); t(lambda: timezone(td(0), 5)); t(lambda: timezone(td(seconds=1.5)))
t(lambda: date.fromisoformat('2024-1-1')); t(lambda: date.fromisoformat(5)); t(lambda: datetime.fromisoformat('2024-01-01T25:00')); t(lambda: time.fromisoformat('x'))
t(lambda: date.fromordinal(0)); t(lambda: date.fromtimestamp(1e20)); t(lambda: datetime.fromtimestamp(float('nan'))); t(lambda: date(2024,1,1).replace(month=13))
t(lambda: datetime(2024,1,1,tzinfo=5)); t(lambda: datetime.combine(date(2024,1,1), 5)); t(lambda: datetime(2024,1,1).astimezone(5)); t(lambda: date.fromisocalendar(2024, 54, 1)); t(lambda: date.fromisocalendar(2024, 1, 8)); t(lambda: date.fromisocalendar(10000, 1, 1))
t(lambda: datetime(9999,12,31,23) + td(hours=1)); ty(lambda: datetime(2024,1,1) + 1); ty(lambda: time(1) + td(1)); t(lambda: date(2024,1,1).strftime(5)); ty(lambda: td(1) + 1); ty(lambda: 1 - td(1))
ty(lambda: td(1) // 1.5); ty(lambda: td(1) % 2); t(lambda: hash(td(1)) == hash(td(days=1))); t(lambda: timezone(td(hours=-5)).utcoffset(5)); t(lambda: timezone.utc.tzname(None)); t(lambda: timezone(td(hours=5, minutes=30)).tzname(None)); t(lambda: timezone(td(seconds=61)).tzname(None))
t(lambda: timezone(td(hours=-5), 'EST')); t(lambda: timezone(td(hours=-5))); t(lambda: timezone(td(0))); t(lambda: timezone.utc); t(lambda: str(timezone(td(hours=-5)))); t(lambda: timezone(td(microseconds=1)))
t(lambda: D.tzinfo().utcoffset(None)); t(lambda: timezone.min); t(lambda: timezone.max)
t(lambda: datetime(2024,1,1,tzinfo=timezone.utc).timestamp()); t(lambda: datetime(2024,1,2,3,4,5,6,tzinfo=timezone(td(hours=1)))); t(lambda: datetime(2024,1,2,3,4,5,fold=1))
t(lambda: time(1,2,3,4,tzinfo=timezone.utc, fold=1)); t(lambda: date(2024,1,2).isocalendar()); t(lambda: date(2024,1,2).isocalendar().week); t(lambda: date(2024,1,2).timetuple())
t(lambda: datetime(2024,1,2,3,4,5).timetuple()); t(lambda: datetime(2024,1,2,3,4,5, tzinfo=timezone.utc).utctimetuple()); t(lambda: datetime(2024,1,2,3,4,5, tzinfo=timezone.utc).timetuple())
t(lambda: datetime(2024,1,2,3,4,5).ctime()); t(lambda: datetime.max); t(lambda: datetime.min); t(lambda: time.max); t(lambda: date.resolution); t(lambda: datetime.resolution); t(lambda: time.resolution); t(lambda: td.max); t(lambda: td.min); t(lambda: td.resolution)
t(lambda: datetime(2024,1,2,3,4,5,123456).isoformat(timespec='milliseconds')); t(lambda: datetime(2024,1,2,3,4,5).isoformat(timespec='bad')); t(lambda: time(1).isoformat('hours')); t(lambda: datetime(2024,1,2).isoformat(sep=' '))
t(lambda: datetime(2024,1,2).isoformat(sep='ab'))
t(lambda: format(datetime(2024,1,2), '%Y')); t(lambda: format(datetime(2024,1,2), '')); t(lambda: format(td(1), '')); t(lambda: f'{date(2024,1,2):%d/%m}')
t(lambda: datetime.strptime('2024', '%Y').date()); ty(lambda: date.strptime)
ty(lambda: datetime(2024,1,1) - date(2024,1,1)); ty(lambda: date(2024,1,1) - datetime(2024,1,1)); t(lambda: date(2024,3,1) - date(2024,1,1)); t(lambda: date(2024,3,1) + td(hours=25)); t(lambda: td(hours=25) + date(2024,3,1))
