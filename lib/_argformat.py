"""Help and usage text of argparse parsers: HelpFormatter (sections of
arguments with their invocations in a column, the usage line wrapped as a
block of option parts then positional parts, paragraphs filled to the width
as textwrap fills them) and its variants."""

SUPPRESS = '==SUPPRESS=='
_OPTIONAL = '?'
_ZERO_OR_MORE = '*'
_ONE_OR_MORE = '+'
_PARSER = 'A...'
_REMAINDER = '...'
_ASCII_SPACE = ' \t\n\r\x0b\x0c'


def _width():
    try:
        import os
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError, ImportError, AttributeError):
        columns = 80
    if columns <= 0:
        columns = 80
    return columns - 2


def _collapse_space(text):
    """text with each run of ASCII whitespace made one space, stripped."""
    out = []
    in_space = False
    for c in text:
        if c in _ASCII_SPACE:
            in_space = True
        else:
            if in_space and out:
                out.append(' ')
            in_space = False
            out.append(c)
    return ''.join(out)


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _word_chunks(text, start, end, out):
    """Splits the word text[start:end] where textwrap may break it: after
    hyphens between letters, and around em-dashes ('--' between words)."""
    n = len(text)

    def at(i):
        return text[i] if 0 <= i < n else ''

    def dashes_then_word(i):
        j = i
        while j < end and text[j] == '-':
            j += 1
        return j - i >= 2 and j < end and _is_word(text[j]), j

    pos = start
    while pos < end:
        if pos > 0 and _is_word_punct(at(pos - 1)):
            ok, j = dashes_then_word(pos)
            if ok:
                out.append(text[pos:j])
                pos = j
                continue
        k = pos + 1
        while True:
            if k >= end:
                out.append(text[pos:end])
                return
            if text[k] == '-':
                p = k + 1
                before = (_is_letter(at(k - 2)) and _is_letter(at(k - 1))) or (
                    _is_letter(at(k - 3)) and at(k - 2) == '-' and _is_letter(at(k - 1)))
                after = _is_letter(at(p)) and (
                    _is_letter(at(p + 1)) or (at(p + 1) == '-' and _is_letter(at(p + 2))))
                if before and after and p <= end:
                    out.append(text[pos:p])
                    pos = p
                    break
            if _is_word_punct(at(k - 1)) and dashes_then_word(k)[0]:
                out.append(text[pos:k])
                pos = k
                break
            k += 1


def _chunks(text):
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in _ASCII_SPACE:
            j = i
            while j < n and text[j] in _ASCII_SPACE:
                j += 1
            out.append(text[i:j])
        else:
            j = i
            while j < n and text[j] not in _ASCII_SPACE:
                j += 1
            _word_chunks(text, i, j, out)
        i = j
    return out


def wrap(text, width, initial_indent='', subsequent_indent=''):
    """The lines of text filled to width as textwrap.wrap fills them."""
    text = ''.join(' ' if c in _ASCII_SPACE else c for c in text.expandtabs())
    chunks = _chunks(text)
    chunks.reverse()
    lines = []
    while chunks:
        line = []
        size = 0
        indent = subsequent_indent if lines else initial_indent
        room = width - len(indent)
        if chunks[-1].strip() == '' and lines:
            del chunks[-1]
        while chunks:
            n = len(chunks[-1])
            if size + n <= room:
                line.append(chunks.pop())
                size += n
            else:
                break
        if chunks and len(chunks[-1]) > room:
            left = 1 if room < 1 else room - size
            chunk = chunks[-1]
            cut = left
            if len(chunk) > left:
                hyphen = chunk.rfind('-', 0, left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    cut = hyphen + 1
            line.append(chunk[:cut])
            chunks[-1] = chunk[cut:]
        if line and line[-1].strip() == '':
            del line[-1]
        if line:
            lines.append(indent + ''.join(line))
    return lines


def _usage_parts(text):
    """The wrappable parts of a usage text: bracketed or parenthesized groups
    (up to a closing run followed by a space or the end), else words."""
    parts = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        found = None
        if c in '([':
            close = ')' if c == '(' else ']'
            k = i + 1
            while k < n and found is None:
                if text[k] == '\n':
                    break
                if text[k] == close:
                    j = k
                    while j < n and text[j] == close:
                        j += 1
                    if j == n or text[j].isspace():
                        found = j
                k += 1
        if found is None:
            found = i
            while found < n and not text[found].isspace():
                found += 1
        parts.append(text[i:found])
        i = found
    return parts


def _tidy_groups(text):
    """Removes the spaces just inside brackets and the empty bracket pairs
    of a usage text."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        out.append(c)
        i += 2 if c in '[(' and i + 1 < n and text[i + 1] == ' ' else 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == ' ' and i + 1 < n and text[i + 1] in '])':
            out.append(text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in '[(':
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in '])':
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out).strip()


class HelpFormatter:
    """Lays out help: sections of text and argument entries, the help of
    each argument in a column, and the usage."""

    __module__ = 'argparse'

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _width()
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = self._Section(self, None)
        self._current_section = self._root_section

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    class _Section:
        def __init__(self, formatter, parent, heading=None):
            self.formatter = formatter
            self.parent = parent
            self.heading = heading
            self.items = []

        def format_help(self):
            if self.parent is not None:
                self.formatter._indent()
            join = self.formatter._join_parts
            body = join([func(*args) for func, args in self.items])
            if self.parent is not None:
                self.formatter._dedent()
            if not body:
                return ''
            if self.heading is not SUPPRESS and self.heading is not None:
                heading = '%*s%s:\n' % (self.formatter._current_indent, '', self.heading)
            else:
                heading = ''
            return join(['\n', heading, body, '\n'])

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = self._Section(self, self._current_section, heading)
        self._add_item(section.format_help, [])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for sub in self._iter_indented_subactions(action):
                invocations.append(self._format_action_invocation(sub))
            length = max(len(s) for s in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, length)
            self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if text:
            while '\n\n\n' in text:
                text = text.replace('\n\n\n', '\n\n')
            text = text.strip('\n') + '\n'
        return text

    def _join_parts(self, parts):
        return ''.join(p for p in parts if p and p is not SUPPRESS)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            usage = ' '.join(s for s in (prog, self._format_actions_usage(optionals + positionals, groups)) if s)
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                opt_parts = _usage_parts(self._format_actions_usage(optionals, groups))
                pos_parts = _usage_parts(self._format_actions_usage(positionals, groups))

                def get_lines(parts, indent, first=None):
                    lines = []
                    line = []
                    size = len(first) - 1 if first is not None else len(indent) - 1
                    for part in parts:
                        if size + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            size = len(indent) - 1
                        line.append(part)
                        size += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if first is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    lines = get_lines(opt_parts + pos_parts, indent)
                    if len(lines) > 1:
                        lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _format_actions_usage(self, actions, groups):
        in_group = set()
        inserts = {}
        for group in groups:
            if not group._group_actions:
                raise ValueError(f'empty group {group}')
            members = group._group_actions
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            hidden = 0
            for action in members:
                in_group.add(action)
                if action.help is SUPPRESS:
                    hidden += 1
            if not group.required:
                opener, closer = '[', ']'
            elif len(members) - hidden > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = None
            if opener is not None:
                inserts[start] = inserts[start] + ' ' + opener if start in inserts else opener
                inserts[end] = inserts[end] + closer if end in inserts else closer
            for i in range(start + 1, end):
                inserts[i] = '|'
        parts = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                parts.append(None)
                if inserts.get(i) == '|':
                    inserts.pop(i)
                elif inserts.get(i + 1) == '|':
                    inserts.pop(i + 1)
            elif not action.option_strings:
                part = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in in_group and part[0] == '[' and part[-1] == ']':
                    part = part[1:-1]
                parts.append(part)
            else:
                if action.nargs == 0:
                    part = action.format_usage()
                else:
                    args = self._format_args(action, self._get_default_metavar_for_optional(action))
                    part = '%s %s' % (action.option_strings[0], args)
                if not action.required and action not in in_group:
                    part = '[%s]' % part
                parts.append(part)
        for i in sorted(inserts, reverse=True):
            parts[i:i] = [inserts[i]]
        return _tidy_groups(' '.join(p for p in parts if p is not None))

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        width = max(self._width - self._current_indent, 11)
        indent = ' ' * self._current_indent
        return self._fill_text(text, width, indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            header = '%*s%s\n' % (self._current_indent, '', header)
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (self._current_indent, '', action_width, header)
            indent_first = 0
        else:
            header = '%*s%s\n' % (self._current_indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            text = self._expand_help(action)
            if text:
                lines = self._split_lines(text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub))
        return self._join_parts(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            metavar, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return metavar
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (s, args) for s in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def get(size):
            return result if isinstance(result, tuple) else (result,) * size
        return get

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get(1)
        if nargs == _OPTIONAL:
            return '[%s]' % get(1)
        if nargs == _ZERO_OR_MORE:
            metavar = get(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == _ONE_OR_MORE:
            return '%s [%s ...]' % get(2)
        if nargs == _REMAINDER:
            return '...'
        if nargs == _PARSER:
            return '%s ...' % get(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join(str(c) for c in params['choices'])
        return self._get_help_string(action) % params

    def _iter_indented_subactions(self, action):
        get_subactions = getattr(action, '_get_subactions', None)
        if get_subactions is not None:
            self._indent()
            yield from get_subactions()
            self._dedent()

    def _split_lines(self, text, width):
        return wrap(_collapse_space(text), width)

    def _fill_text(self, text, width, indent):
        return '\n'.join(wrap(_collapse_space(text), width, indent, indent))

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    __module__ = 'argparse'

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every text, the arguments' help included, as written."""

    __module__ = 'argparse'

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    __module__ = 'argparse'

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' not in text and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (_OPTIONAL, _ZERO_OR_MORE):
                text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the name of each argument's type as its default metavar."""

    __module__ = 'argparse'

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
