"""Parsing of time strings by strftime-style formats, for time.strptime and
datetime.strptime (C locale names; a backtracking matcher, so that each
directive accepts what CPython's patterns accept, in the same order)."""

import time as _time

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday',
              'saturday', 'sunday')
_MONTH_NAMES = ('january', 'february', 'march', 'april', 'may', 'june', 'july',
                'august', 'september', 'october', 'november', 'december')
_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}
_DIGITS = '0123456789'
_SPACES = ' \t\n\r\x0b\x0c'


def _alternatives(text, pos, choices):
    """The lengths of the numeric alternatives that match at pos, in order.

    Each choice is a string of character classes: 'd' any digit, a literal
    digit or space itself, or '[ab]' a range of digits from a to b."""
    out = []
    for choice in choices:
        i = 0
        p = pos
        ok = True
        while i < len(choice):
            if p >= len(text):
                ok = False
                break
            c = text[p]
            spec = choice[i]
            if spec == '[':
                lo, hi = choice[i + 1], choice[i + 3]
                i += 5
                if not (c in _DIGITS and lo <= c <= hi):
                    ok = False
                    break
            elif spec == 'd':
                i += 1
                if c not in _DIGITS:
                    ok = False
                    break
            else:
                i += 1
                if c != spec:
                    ok = False
                    break
            p += 1
        if ok:
            out.append(p - pos)
    return out


_NUMERIC = {
    'd': ('3[0-1]', '[1-2]d', '0[1-9]', '[1-9]', ' [1-9]'),
    'H': ('2[0-3]', '[0-1]d', 'd'),
    'I': ('1[0-2]', '0[1-9]', '[1-9]'),
    'G': ('dddd',),
    'j': ('36[0-6]', '3[0-5]d', '[1-2]dd', '0[1-9]d', '00[1-9]', '[1-9]d',
          '0[1-9]', '[1-9]'),
    'm': ('1[0-2]', '0[1-9]', '[1-9]'),
    'M': ('[0-5]d', 'd'),
    'S': ('6[0-1]', '[0-5]d', 'd'),
    'U': ('5[0-3]', '[0-4]d', 'd'),
    'W': ('5[0-3]', '[0-4]d', 'd'),
    'w': ('[0-6]',),
    'u': ('[1-7]',),
    'V': ('5[0-3]', '0[1-9]', '[1-4]d', 'd'),
    'y': ('dd',),
    'Y': ('dddd',),
    'f': ('dddddd', 'ddddd', 'dddd', 'ddd', 'dd', 'd'),
}


def _names_at(text, pos, names):
    """Lengths of the names (longest first) that text has at pos, ignoring case."""
    low = text[pos:].lower()
    return [len(n) for n in sorted(names, key=len, reverse=True) if n and low.startswith(n)]


def _zone_offset_lengths(text, pos):
    out = []
    if pos < len(text) and text[pos] == 'Z':
        return [1]
    if pos >= len(text) or text[pos] not in '+-':
        return out
    p = pos + 1

    def digits(p, n):
        return p + n <= len(text) and all(ch in _DIGITS for ch in text[p:p + n])

    if not digits(p, 2):
        return out
    p += 2
    if p < len(text) and text[p] == ':':
        p += 1
    if not (digits(p, 2) and text[p] <= '5'):
        return out
    p += 2
    base = p
    q = p
    if q < len(text) and text[q] == ':':
        q += 1
    if digits(q, 2) and text[q] <= '5':
        q += 2
        if q < len(text) and text[q] == '.' and digits(q + 1, 1):
            r = q + 1
            while r < len(text) and r - q - 1 < 6 and text[r] in _DIGITS:
                r += 1
            out.append(r - pos)
        out.append(q - pos)
    out.append(base - pos)
    return out


def _tokens(fmt):
    """The format as a list of ('%', directive), (' ', None) and ('=', char)."""
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c == '%':
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                out.extend(_tokens(_EXPANSIONS[d]))
            elif d == '%':
                out.append(('=', '%'))
            elif d in _NUMERIC or d in 'aAbBpzZ':
                out.append(('%', d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, fmt))
        elif c in _SPACES:
            while i < len(fmt) and fmt[i] in _SPACES:
                i += 1
            out.append((' ', None))
        else:
            out.append(('=', c))
            i += 1
    return out


def _zone_sets():
    no_saving = {'utc', 'gmt', _time.tzname[0].lower()}
    saving = {_time.tzname[1].lower()} if _time.daylight else set()
    return no_saving, saving


def _match(text, tokens, found, zones):
    """Matches tokens against text from the start, filling found; returns the
    end position or -1."""
    def step(ti, pos):
        if ti == len(tokens):
            return pos
        kind, d = tokens[ti]
        if kind == '=':
            if pos < len(text) and text[pos].lower() == d.lower():
                return step(ti + 1, pos + 1)
            return -1
        if kind == ' ':
            p = pos
            while p < len(text) and text[p] in _SPACES:
                p += 1
            while p > pos:
                r = step(ti + 1, p)
                if r >= 0:
                    return r
                p -= 1
            return -1
        if d in _NUMERIC:
            lengths = _alternatives(text, pos, _NUMERIC[d])
        elif d == 'a':
            lengths = _names_at(text, pos, [n[:3] for n in _DAY_NAMES])
        elif d == 'A':
            lengths = _names_at(text, pos, _DAY_NAMES)
        elif d == 'b':
            lengths = _names_at(text, pos, [n[:3] for n in _MONTH_NAMES])
        elif d == 'B':
            lengths = _names_at(text, pos, _MONTH_NAMES)
        elif d == 'p':
            lengths = _names_at(text, pos, ['am', 'pm'])
        elif d == 'z':
            lengths = _zone_offset_lengths(text, pos)
        else:
            lengths = _names_at(text, pos, zones[0] | zones[1])
        for n in lengths:
            old = found.get(d)
            found[d] = text[pos:pos + n]
            r = step(ti + 1, pos + n)
            if r >= 0:
                return r
            if old is None:
                del found[d]
            else:
                found[d] = old
        return -1
    return step(0, 0)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _ordinal(y, m, d):
    """Days since 0001-01-01 (day 1), checking the day against the month."""
    dim = (31, 29 if _is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[m - 1]
    if not 1 <= d <= dim:
        raise ValueError('day is out of range for month')
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400 + _DAYS_BEFORE[m - 1] + (m > 2 and _is_leap(y)) + d


def _from_ordinal(n):
    """(year, month, day) of a day number as _ordinal counts them."""
    y = (n - 1) * 400 // 146097 + 1
    while _ordinal(y, 1, 1) > n:
        y -= 1
    while _ordinal(y + 1, 1, 1) <= n:
        y += 1
    doy = n - _ordinal(y, 1, 1)
    m = 1
    while m < 12 and _DAYS_BEFORE[m] + (m >= 2 and _is_leap(y)) <= doy:
        m += 1
    d = doy - _DAYS_BEFORE[m - 1] - (m > 2 and _is_leap(y)) + 1
    return y, m, d


def _weekday(y, m, d):
    return (_ordinal(y, m, d) + 6) % 7


def _julian_from_week(year, week, weekday, monday_first):
    first = _weekday(year, 1, 1)
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0 = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0 + 7 * (week - 1) + weekday


def _parse_offset(z):
    if z == 'Z':
        return 0, 0
    if z[3] == ':':
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ':':
                raise ValueError(f"Inconsistent use of : in {z}")
            z = z[:5] + z[6:]
    hours, minutes = int(z[1:3]), int(z[3:5])
    seconds = int(z[5:7] or 0)
    offset = (hours * 60 + minutes) * 60 + seconds
    frac = z[8:]
    fraction = int(frac + '0' * (6 - len(frac))) if frac else 0
    if z[0] == '-':
        return -offset, -fraction
    return offset, fraction


def _strptime(data_string, format='%a %b %d %H:%M:%S %Y'):
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    tokens = _tokens(format)
    zones = _zone_sets()
    found = {}
    end = _match(data_string, tokens, found, zones)
    if end < 0:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_monday = False
    weekday = julian = None
    for key, value in found.items():
        if key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(value)
        elif key == 'G':
            iso_year = int(value)
        elif key == 'm':
            month = int(value)
        elif key == 'B':
            month = _MONTH_NAMES.index(value.lower()) + 1
        elif key == 'b':
            month = [n[:3] for n in _MONTH_NAMES].index(value.lower()) + 1
        elif key == 'd':
            day = int(value)
        elif key == 'H':
            hour = int(value)
        elif key == 'I':
            hour = int(value)
            ampm = found.get('p', '').lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm' and hour != 12:
                hour += 12
        elif key == 'M':
            minute = int(value)
        elif key == 'S':
            second = int(value)
        elif key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif key == 'A':
            weekday = _DAY_NAMES.index(value.lower())
        elif key == 'a':
            weekday = [n[:3] for n in _DAY_NAMES].index(value.lower())
        elif key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif key == 'u':
            weekday = int(value) - 1
        elif key == 'j':
            julian = int(value)
        elif key in ('U', 'W'):
            week_of_year = int(value)
            week_monday = key == 'W'
        elif key == 'V':
            iso_week = int(value)
        elif key == 'z':
            gmtoff, gmtoff_fraction = _parse_offset(value)
        elif key == 'Z':
            zone = value.lower()
            for i, names in enumerate(zones):
                if zone in names:
                    if (_time.tzname[0] == _time.tzname[1] and _time.daylight
                            and zone not in ('utc', 'gmt')):
                        break
                    tz = i
                    break
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with "
                         "the year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    leap_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_fix = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week_of_year is not None:
            julian = _julian_from_week(year, week_of_year, weekday, week_monday)
        elif iso_year is not None and iso_week is not None:
            jan4 = _ordinal(iso_year, 1, 4)
            week1 = jan4 - (jan4 + 6) % 7
            n = week1 + (iso_week - 1) * 7 + weekday
            year, month, day = _from_ordinal(n)
            julian = n - _ordinal(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = found.get('Z')
    if leap_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz,
             tzname, gmtoff), fraction, gmtoff_fraction)


def _strptime_time(data_string, format='%a %b %d %H:%M:%S %Y'):
    """time.strptime: the parsed fields as a time.struct_time."""
    return _time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format='%a %b %d %H:%M:%S %Y'):
    """cls (a datetime class) built from the fields parsed from data_string."""
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        from datetime import timedelta, timezone
        delta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(delta, tzname) if tzname else timezone(delta),)
    return cls(*args)
