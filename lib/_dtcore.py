"""Calendar arithmetic and text helpers shared by the datetime module: the
proleptic Gregorian calendar as day numbers, argument checks, ISO 8601
parsing and the strftime wrapper that fills in %f, %z, %:z and %Z."""

MINYEAR = 1
MAXYEAR = 9999
MAX_ORDINAL = 3652059

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
                'Oct', 'Nov', 'Dec')
_ASCII_DIGITS = '0123456789'


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def ymd_to_ordinal(year, month, day):
    """Day number of a date, 0001-01-01 being day 1."""
    return (days_before_year(year) + _DAYS_BEFORE_MONTH[month]
            + (month > 2 and is_leap(year)) + day)


def ordinal_to_ymd(n):
    """(year, month, day) of a day number."""
    n -= 1
    cycles, n = divmod(n, 146097)
    year = cycles * 400 + 1
    centuries, n = divmod(n, 36524)
    quads, n = divmod(n, 1461)
    ones, n = divmod(n, 365)
    year += centuries * 100 + quads * 4 + ones
    if ones == 4 or centuries == 4:
        return year - 1, 12, 31
    leap = ones == 3 and (quads != 24 or centuries == 3)
    month = (n + 50) >> 5
    before = _DAYS_BEFORE_MONTH[month] + (month > 2 and leap)
    if before > n:
        month -= 1
        before -= _DAYS_IN_MONTH[month] + (month == 2 and leap)
    return year, month, n - before + 1


def index(value):
    """value as an int through __index__ (what the C module's int arguments take)."""
    if type(value) is int:
        return value
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return method(value)


def check_date(year, month, day):
    year, month, day = index(year), index(month), index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def check_time(hour, minute, second, microsecond, fold):
    hour, minute, second = index(hour), index(minute), index(second)
    microsecond, fold = index(microsecond), index(fold)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset; '' for None."""
    if off is None:
        return ''
    total = (off.days * 86400 + off.seconds) * 1000000 + off.microseconds
    sign = '+'
    if total < 0:
        sign = '-'
        total = -total
    secs, us = divmod(total, 1000000)
    mins, ss = divmod(secs, 60)
    hh, mm = divmod(mins, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or us:
        text += '%s%02d' % (sep, ss)
        if us:
            text += '.%06d' % us
    return text


def wrap_strftime(obj, fmt, timetuple):
    """obj.strftime(fmt): %f, %z, %:z and %Z from obj, the rest by time.strftime."""
    import time as _time
    if not isinstance(fmt, str):
        raise TypeError(f'strftime() argument 1 must be str, not {type(fmt).__name__}')
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif d == 'z':
            out.append(format_offset(obj.utcoffset(), ''))
        elif d == ':' and i < n and fmt[i] == 'z':
            i += 1
            out.append(format_offset(obj.utcoffset(), ':'))
        elif d == 'Z':
            name = obj.tzname()
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + d)
    return _time.strftime(''.join(out), timetuple)


def _digits(s, start, count):
    """int of s[start:start+count] if those are ASCII digits, else None."""
    part = s[start:start + count]
    if len(part) != count or any(ch not in _ASCII_DIGITS for ch in part):
        return None
    return int(part)


def parse_iso_date(s):
    """(year, month, day) of an ISO 8601 date (calendar or week form)."""
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        ymd = (_digits(s, 0, 4), _digits(s, 5, 2), _digits(s, 8, 2))
    elif len(s) == 8 and s[4] not in 'W-':
        ymd = (_digits(s, 0, 4), _digits(s, 4, 2), _digits(s, 6, 2))
    elif len(s) in (7, 8, 9, 10) and 'W' in s[4:6]:
        dash = s[4] == '-'
        pos = 6 if dash else 5
        year, week = _digits(s, 0, 4), _digits(s, pos, 2)
        rest = s[pos + 2:]
        if dash and rest:
            if rest[0] != '-' or len(rest) != 2:
                return None
            rest = rest[1:]
        if len(rest) > 1 or (not dash and s[4] != 'W'):
            return None
        day = _digits(rest, 0, 1) if rest else 1
        if year is None or week is None or day is None:
            return None
        return iso_to_ymd(year, week, day)
    else:
        return None
    if None in ymd:
        return None
    return ymd


def iso_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'Year is out of range: {year}')
    if not 0 < week < 53:
        jan1 = ymd_to_ordinal(year, 1, 1) % 7
        if not (week == 53 and (jan1 == 4 or (jan1 == 3 and is_leap(year)))):
            raise ValueError(f'Invalid week: {week}')
    if not 0 < day < 8:
        raise ValueError(f'Invalid day: {day} (range is [1, 7])')
    jan4 = ymd_to_ordinal(year, 1, 4)
    week1_monday = jan4 - (jan4 + 6) % 7
    return ordinal_to_ymd(week1_monday + (week - 1) * 7 + day - 1)


def _parse_clock(s):
    """(hh, mm, ss, us) of 'HH[:MM[:SS[.f+]]]' (or without colons); None if malformed."""
    parts = [0, 0, 0]
    pos = 0
    colon = None
    for k in range(3):
        if k:
            if pos >= len(s):
                break
            has_colon = s[pos] == ':'
            if colon is None:
                colon = has_colon
            elif colon != has_colon:
                return None
            if has_colon:
                pos += 1
        v = _digits(s, pos, 2)
        if v is None:
            return None
        parts[k] = v
        pos += 2
        if pos < len(s) and s[pos] in '.,':
            if k != 2:
                return None
            break
    us = 0
    if pos < len(s):
        if s[pos] not in '.,':
            return None
        frac = s[pos + 1:]
        if not frac or any(ch not in _ASCII_DIGITS for ch in frac):
            return None
        us = int((frac[:6] + '00000')[:6])
    return parts[0], parts[1], parts[2], us


def parse_iso_time(s):
    """(hh, mm, ss, us, offset) of an ISO 8601 time, offset a timedelta or None,
    or 'Z'; None if malformed."""
    tzpos = len(s)
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tzpos = i
            break
    clock = _parse_clock(s[:tzpos].rstrip(' ') if tzpos < len(s) else s)
    if clock is None:
        return None
    tz = s[tzpos:]
    if not tz:
        return clock + (None,)
    if tz == 'Z':
        return clock + ('Z',)
    off = _parse_clock(tz[1:])
    if off is None:
        return None
    sign = -1 if tz[0] == '-' else 1
    return clock + ((sign, off),)
