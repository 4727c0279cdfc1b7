"""Extracting, formatting and printing tracebacks and exceptions, with the same text the
interpreter prints for an uncaught exception."""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()
_RECURSIVE_CUTOFF = 3


def _lines(text):
    return text.splitlines(keepends=True)


def _exc_from_args(exc, value, tb):
    if value is _sentinel and tb is _sentinel:
        if exc is None:
            return None, None
        if not isinstance(exc, BaseException):
            raise TypeError("Exception expected for value, %s found" % type(exc).__name__)
        return exc, exc.__traceback__
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    return value, tb


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from f (the caller's frame when None) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_entries(tb, limit):
    entries = []
    while tb is not None:
        entries.append(tb)
        tb = tb.tb_next
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    return entries


class FrameSummary:
    """One entry of a stack or traceback: file name, line number, function name and line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals', '_entry')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self._entry = None
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _traceback.source_line(self.filename, self.lineno)
        return self._line.strip()


def _summary_of(entry, lookup_line, capture_locals):
    frame = entry.tb_frame
    code = frame.f_code
    f_locals = frame.f_locals if capture_locals else None
    s = FrameSummary(code.co_filename, entry.tb_lineno, code.co_name, lookup_line=False,
                     locals=f_locals)
    s._entry = entry
    if lookup_line:
        s.line
    return s


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """A StackSummary from (frame, lineno) pairs."""
        result = klass()
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[limit:]
        for f, lineno in pairs:
            code = f.f_code
            s = FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                             locals=f.f_locals if capture_locals else None)
            result.append(s)
        return result

    @classmethod
    def from_list(klass, a_list):
        """A StackSummary from FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The lines of one entry."""
        if frame_summary._entry is not None:
            text = _traceback.format_entry(frame_summary._entry)
        else:
            text = '  File "{}", line {}, in {}\n'.format(
                frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if frame_summary.line:
                text += '    {}\n'.format(frame_summary.line.strip())
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                text += '    {name} = {value}\n'.format(name=name, value=value)
        return text

    def format(self):
        """The formatted entries, repeats of one line folded as the interpreter folds them."""
        result = []
        last = None
        count = 0
        for fs in self:
            key = (fs.filename, fs.lineno, fs.name)
            if key != last:
                if count > _RECURSIVE_CUTOFF:
                    n = count - _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        n, 's' if n > 1 else ''))
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            n = count - _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                n, 's' if n > 1 else ''))
        return result


def extract_tb(tb, limit=None):
    """The entries of a traceback as a StackSummary."""
    result = StackSummary()
    for entry in _tb_entries(tb, limit):
        result.append(_summary_of(entry, True, False))
    return result


def extract_stack(f=None, limit=None):
    """The stack from f (the caller's frame when None) as a StackSummary, oldest first."""
    if f is None:
        f = sys._getframe().f_back
    frames = []
    while f is not None:
        frames.append((f, f.f_lineno))
        f = f.f_back
    if limit is not None:
        frames = frames[:limit]
    frames.reverse()
    result = StackSummary()
    for fr, lineno in frames:
        code = fr.f_code
        result.append(FrameSummary(code.co_filename, lineno, code.co_name))
    return result


def format_list(extracted_list):
    """The lines of the entries of a list of FrameSummary objects or tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    """The lines of a traceback's entries."""
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    """The lines of the stack from f (the caller's frame when None)."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_tb(tb, limit=None, file=None):
    """Prints a traceback's entries."""
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    """Prints the entries of a list of FrameSummary objects or tuples."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_stack(f=None, limit=None, file=None):
    """Prints the stack from f (the caller's frame when None)."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_exception_only(exc, /, value=_sentinel):
    """The last lines of an exception's report: its type and message (and a SyntaxError's
    location), then its notes."""
    if value is _sentinel:
        value = exc
    if value is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_exception_only(value))


def _format_chain(value, limit, chain, seen):
    out = []
    seen.add(id(value))
    if chain:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            out += _format_chain(cause, limit, chain, seen)
            out.append('\nThe above exception was the direct cause of the following exception:\n\n')
        elif (cause is None and context is not None and not value.__suppress_context__ and
              id(context) not in seen):
            out += _format_chain(context, limit, chain, seen)
            out.append('\nDuring handling of the above exception, another exception occurred:\n\n')
    tb = value.__traceback__
    if tb is not None:
        out.append('Traceback (most recent call last):\n')
        out += format_tb(tb, limit)
    out += format_exception_only(value)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines of an exception's report, as the interpreter prints it."""
    value, tb = _exc_from_args(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is not value.__traceback__:
        value = value.with_traceback(tb)
    if limit is None and chain:
        return _lines(_traceback.format_exception(value))
    return _format_chain(value, limit, chain, set())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Prints an exception's report (to sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as a str."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the report of the exception being handled."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the report of the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if hasattr(sys, "last_exc"):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                        limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Clears the local variables of the frames of a traceback (where they can be)."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            pass
        tb = tb.tb_next


class TracebackException:
    """An exception captured for later formatting: its type, message, stack and chain."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        self._value = exc_value
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary()
        for entry in _tb_entries(exc_traceback, limit):
            self.stack.append(_summary_of(entry, lookup_lines, capture_locals))
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    limit=limit, lookup_lines=lookup_lines,
                                                    capture_locals=capture_locals, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, limit=limit,
                                                      lookup_lines=lookup_lines,
                                                      capture_locals=capture_locals,
                                                      _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """A TracebackException of an exception object."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The last lines of the report."""
        if self._value is None:
            yield 'NoneType: None\n'
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True, _ctx=None):
        """The lines of the whole report."""
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield '\nThe above exception was the direct cause of the following exception:\n\n'
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield '\nDuring handling of the above exception, another exception occurred:\n\n'
        if self.stack:
            yield 'Traceback (most recent call last):\n'
            yield from self.stack.format()
        yield from self.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Prints the whole report."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
