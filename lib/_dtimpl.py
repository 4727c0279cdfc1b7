"""The time, datetime and timezone classes of the datetime module (which
imports them from here and is their __module__)."""

import time as _time
import _dtcore
from datetime import (date, timedelta, tzinfo, _tname, _td_from_us, _cmp,
                      _new_date, _check_tzinfo, _check_offset, _check_tzname,
                      _div_half_even)

_EPOCH_ORDINAL = 719163


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, microseconds rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if t in (float('inf'), float('-inf')):
            raise OverflowError('cannot convert float infinity to integer')
        n, d = t.as_integer_ratio()
        us = _div_half_even(n * 1000000, d)
        secs, us = divmod(us, 1000000)
        return secs, us
    return _dtcore.index(t), 0


def _offset_of(tz, name, dt):
    if tz is None:
        return None
    return _check_offset(name, getattr(tz, name)(dt))


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo and fold."""

    __module__ = 'datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _dtcore.check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_time(cls, hour, minute, second, microsecond, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """The time of an ISO 8601 string."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        parsed = _dtcore.parse_iso_time(s) if s else None
        if parsed is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        hh, mm, ss, us, off = parsed
        return cls(hh, mm, ss, us, _tz_of(off))

    def _offset(self):
        return _offset_of(self._tzinfo, 'utcoffset', None)

    def utcoffset(self):
        """The tzinfo's offset (None for a naive time)."""
        return self._offset()

    def dst(self):
        """The tzinfo's daylight saving adjustment."""
        return _offset_of(self._tzinfo, 'dst', None)

    def tzname(self):
        """The tzinfo's name for the zone."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'."""
        text = _dtcore.format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _dtcore.format_offset(self._offset())

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            text = '%d, %d, %d, %d' % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            text = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return '%s(%s)' % (_tname(self), text)

    def strftime(self, format):
        """Formats the time (on 1900-01-01) as time.strftime does."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _dtcore.wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        a, b = self._offset(), other._offset()
        if (a is None) != (b is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = self._us() - (a._us() if a is not None else 0)
        b = other._us() - (b._us() if b is not None else 0)
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._compare(other, True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self._offset()
            us = self._us() - (off._us() if off else 0)
            self._hashcode = hash(('time', us))
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


def _new_time(cls, hour, minute, second, microsecond, tz, fold):
    self = object.__new__(cls)
    self._hour = hour
    self._minute = minute
    self._second = second
    self._microsecond = microsecond
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


time.min = _new_time(time, 0, 0, 0, 0, None, 0)
time.max = _new_time(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta(microseconds=1)


def _tz_of(off):
    if off is None:
        return None
    if off == 'Z':
        return timezone.utc
    sign, (hh, mm, ss, us) = off
    delta = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    return timezone(-delta if sign < 0 else delta)


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __module__ = 'datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _dtcore.check_date(year, month, day)
        hour, minute, second, microsecond, fold = _dtcore.check_time(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        return _new_datetime(cls, year, month, day, hour, minute, second, microsecond, tzinfo, fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        secs, us = _split_timestamp(t)
        convert = _time.gmtime if utc else _time.localtime
        try:
            tm = convert(secs)
        except OSError:
            raise OverflowError('timestamp out of range for platform time_t') from None
        result = cls(tm[0], tm[1], tm[2], tm[3], tm[4], min(tm[5], 59), us, tz)
        if tz is None and not utc:
            span = 86400
            probe = convert(secs - span)
            probe1 = cls(probe[0], probe[1], probe[2], probe[3], probe[4], min(probe[5], 59), us)
            trans = result - probe1 - timedelta(seconds=span)
            if trans.days < 0:
                probe = convert(secs + trans // timedelta(seconds=1))
                probe2 = cls(probe[0], probe[1], probe[2], probe[3], probe[4], min(probe[5], 59), us)
                if probe2 == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local (or tz's) date and time of a POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of a POSIX timestamp (deprecated)."""
        import warnings
        warnings.warn('datetime.datetime.utcfromtimestamp() is deprecated and scheduled for '
                      'removal in a future version. Use timezone-aware objects to represent '
                      'datetimes in UTC: datetime.datetime.fromtimestamp(timestamp, datetime.UTC).',
                      DeprecationWarning, stacklevel=2)
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """The current local (or tz's) date and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        """The current local date and time."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        """The current naive UTC date and time (deprecated)."""
        import warnings
        warnings.warn('datetime.datetime.utcnow() is deprecated and scheduled for removal in a '
                      'future version. Use timezone-aware objects to represent datetimes in UTC: '
                      'datetime.datetime.now(datetime.UTC).', DeprecationWarning, stacklevel=2)
        return cls._from_timestamp(_time.time(), True, None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        """The datetime of a date and a time (and tzinfo, the time's by default)."""
        if not isinstance(date_, date):
            raise TypeError(f'combine() argument 1 must be datetime.date, not {type(date_).__name__}')
        if not isinstance(time_, time):
            raise TypeError(f'combine() argument 2 must be datetime.time, not {type(time_).__name__}')
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour, time_.minute, time_.second,
                   time_.microsecond, tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime of an ISO 8601 string."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        size = 10 if s[4:5] == '-' else 8
        if s[4:5] == '-' and s[5:6] == 'W':
            size = 10 if s[8:9] == '-' else 8
        elif s[4:5] == 'W':
            size = 8 if s[7:8] and s[7:8] in '0123456789' else 7
        ymd = _dtcore.parse_iso_date(s[:size])
        parsed = (0, 0, 0, 0, None)
        if ymd is not None and len(s) > size:
            rest = s[size + 1:]
            parsed = _dtcore.parse_iso_time(rest) if rest else None
        if ymd is None or parsed is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        hh, mm, ss, us, off = parsed
        return cls(*ymd, hh, mm, ss, us, _tz_of(off))

    @classmethod
    def strptime(cls, date_string, format):
        """The datetime parsed from date_string by a strftime-style format."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def _offset(self):
        return _offset_of(self._tzinfo, 'utcoffset', self)

    def utcoffset(self):
        """The tzinfo's offset (None for a naive datetime)."""
        return self._offset()

    def dst(self):
        """The tzinfo's daylight saving adjustment."""
        return _offset_of(self._tzinfo, 'dst', self)

    def tzname(self):
        """The tzinfo's name for the zone."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def date(self):
        """The date part."""
        return _new_date(date, self._year, self._month, self._day)

    def time(self):
        """The time part, without tzinfo."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond, None, self._fold)

    def timetz(self):
        """The time part, with tzinfo."""
        return _new_time(time, self._hour, self._minute, self._second, self._microsecond, self._tzinfo, self._fold)

    def _us(self):
        return ((self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def _utc_us(self):
        off = self._offset()
        return self._us() - (off._us() if off is not None else 0)

    def _local_timestamp(self):
        tt = (self._year, self._month, self._day, self._hour, self._minute, self._second, 0, 1, -1)
        return _time.mktime(tt)

    def timestamp(self):
        """The POSIX timestamp (naive datetimes are local times)."""
        if self._tzinfo is None or self._offset() is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self._utc_us() - _EPOCH_ORDINAL * 86400 * 1000000) / 10**6

    def timetuple(self):
        """The datetime as a time.struct_time (tm_isdst from dst())."""
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute,
                                  self._second, self.weekday(), self._yday(), isdst))

    def utctimetuple(self):
        """The UTC date and time as a time.struct_time (tm_isdst 0)."""
        dt = self
        off = self._offset()
        if off:
            dt = self - off
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour, dt._minute,
                                  dt._second, dt.weekday(), dt._yday(), 0))

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """The same moment as a datetime of zone tz (the local zone if None)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be None or of a tzinfo subclass, '
                            f"not type '{type(tz).__name__}'")
        if tz is self._tzinfo and tz is not None:
            return self
        base = self
        if self._offset() is None:
            tm = _time.localtime(int(self._local_timestamp()))
            base = self.replace(tzinfo=timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone))
        if tz is None:
            secs = (base._utc_us() - _EPOCH_ORDINAL * 86400 * 1000000) // 1000000
            tm = _time.localtime(secs)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        utc = (base - base._offset()).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """'Tue Jan  2 03:04:05 2024'."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _dtcore._DAY_NAMES[wd - 1], _dtcore._MONTH_NAMES[self._month - 1],
            self._day, self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError('isoformat() argument 1 must be a unicode character, '
                            f'not {type(sep).__name__}')
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _dtcore.format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
                + _dtcore.format_offset(self._offset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = '%s(%s' % (_tname(self), ', '.join(map(str, fields)))
        if self._tzinfo is not None:
            text += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            text += ', fold=1'
        return text + ')'

    def strftime(self, format):
        """Formats the datetime as time.strftime does."""
        return _dtcore.wrap_strftime(self, format, self.timetuple())

    def _compare(self, other, equality):
        if self._tzinfo is other._tzinfo:
            return _cmp(self._us(), other._us())
        a, b = self._offset(), other._offset()
        if (a is None) != (b is None):
            if equality:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        if a is None:
            return _cmp(self._us(), other._us())
        return _cmp(self._us() - a._us(), other._us() - b._us())

    def _cmp_other(self, other, op):
        if isinstance(other, datetime):
            return None
        if isinstance(other, date) and op not in ('==', '!='):
            raise TypeError(f"can't compare {_tname(self)} to {_tname(other)}")
        return NotImplemented

    def __eq__(self, other):
        r = self._cmp_other(other, '==')
        return self._compare(other, True) == 0 if r is None else r

    def __ne__(self, other):
        r = self._cmp_other(other, '!=')
        return self._compare(other, True) != 0 if r is None else r

    def __lt__(self, other):
        r = self._cmp_other(other, '<')
        return self._compare(other, False) < 0 if r is None else r

    def __le__(self, other):
        r = self._cmp_other(other, '<=')
        return self._compare(other, False) <= 0 if r is None else r

    def __gt__(self, other):
        r = self._cmp_other(other, '>')
        return self._compare(other, False) > 0 if r is None else r

    def __ge__(self, other):
        r = self._cmp_other(other, '>=')
        return self._compare(other, False) >= 0 if r is None else r

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('datetime', self._utc_us()))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._us() + other._us()
        days, rest = divmod(us, 86400 * 1000000)
        if not 0 < days <= _dtcore.MAX_ORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _dtcore.ordinal_to_ymd(days)
        secs, micro = divmod(rest, 1000000)
        mins, ss = divmod(secs, 60)
        hh, mm = divmod(mins, 60)
        return _new_datetime(type(self), y, m, d, hh, mm, ss, micro, self._tzinfo, 0)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            return _td_from_us(self._us() - other._us())
        a, b = self._offset(), other._offset()
        if (a is None) != (b is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        if a is None:
            return _td_from_us(self._us() - other._us())
        return _td_from_us(self._us() - a._us() - other._us() + b._us())

    def __rsub__(self, other):
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


def _new_datetime(cls, y, m, d, hh, mm, ss, us, tz, fold):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


datetime.min = _new_datetime(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _new_datetime(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __module__ = 'datetime'
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f'timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}')
        if name is not None and not isinstance(name, str):
            raise TypeError(f'timezone() argument 2 must be str, not {type(name).__name__}')
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between -timedelta(hours=24) '
                             f'and timedelta(hours=24), not {offset!r}.')
        if name is None and not offset and cls is timezone and _UTC is not None:
            return _UTC
        return _new_timezone(cls, offset, name)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tname(self), self._offset)
        return '%s(%r, %r)' % (_tname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, name):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f'{name}(dt) argument must be a datetime instance or None, '
                            f'not {type(dt).__name__}')

    def utcoffset(self, dt):
        """The fixed offset."""
        self._check_dt(dt, 'utcoffset')
        return self._offset

    def tzname(self, dt):
        """The name given, or 'UTC+HH:MM'."""
        self._check_dt(dt, 'tzname')
        if self._name is not None:
            return self._name
        if not self._offset:
            return 'UTC'
        return 'UTC' + _dtcore.format_offset(self._offset)

    def dst(self, dt):
        """None: a fixed offset has no daylight saving time."""
        self._check_dt(dt, 'dst')
        return None

    def fromutc(self, dt):
        """dt (UTC, with this tzinfo) shifted by the offset."""
        if not isinstance(dt, datetime):
            raise TypeError(f'fromutc() argument must be a datetime instance or None, not {type(dt).__name__}')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset


def _new_timezone(cls, offset, name):
    self = object.__new__(cls)
    self._offset = offset
    self._name = name
    return self


_UTC = None
_UTC = timezone.utc = _new_timezone(timezone, timedelta(0), None)
timezone.min = _new_timezone(timezone, -timedelta(hours=23, minutes=59), None)
timezone.max = _new_timezone(timezone, timedelta(hours=23, minutes=59), None)
