"""Help and usage text of argparse parsers: the usage line (wrapped as a
block of option parts then positional parts), sections of arguments with
their invocations in a column, and paragraphs filled to the width."""

SUPPRESS = '==SUPPRESS=='


def _width():
    try:
        import os
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError, ImportError, AttributeError):
        columns = 80
    return max(columns - 2, 11)


def fill(text, width, indent):
    """text's words filled into lines of at most width, each indented."""
    words = text.split()
    lines = []
    line = ''
    for word in words:
        if line and len(indent) + len(line) + 1 + len(word) > width:
            lines.append(indent + line)
            line = word
        else:
            line = line + ' ' + word if line else word
    if line:
        lines.append(indent + line)
    return lines


def metavar_for(action, default):
    if action.metavar is not None:
        return action.metavar
    if action.choices is not None:
        return '{' + ','.join(map(str, action.choices)) + '}'
    return default


def format_args(action, default_metavar):
    """The arguments part of an invocation: 'X', '[X]', 'X [X ...]', ...
    (TypeError when a metavar tuple does not fit nargs, ValueError for a
    nargs that is not a count)."""
    mv = metavar_for(action, default_metavar)

    def get(n):
        return mv if isinstance(mv, tuple) else (mv,) * n

    nargs = action.nargs
    if nargs is None:
        return '%s' % get(1)
    if nargs == '?':
        return '[%s]' % get(1)
    if nargs == '*':
        m = get(1)
        if len(m) == 2:
            return '[%s [%s ...]]' % m
        return '[%s ...]' % m
    if nargs == '+':
        return '%s [%s ...]' % get(2)
    if nargs == '...':
        return '...'
    if nargs == 'A...':
        return '%s ...' % get(1)
    if nargs == SUPPRESS:
        return ''
    try:
        formats = ['%s' for _ in range(nargs)]
    except TypeError:
        raise ValueError('invalid nargs value') from None
    return ' '.join(formats) % get(nargs)


def default_metavar(action, positional):
    if positional:
        return action.dest
    return action.dest.upper()


def invocation(action):
    """'-f FOO, --foo FOO' (or the positional's metavar)."""
    if not action.option_strings:
        mv = metavar_for(action, action.dest)
        return mv if not isinstance(mv, tuple) else ' '.join(mv)
    if action.nargs == 0:
        return ', '.join(action.option_strings)
    args = format_args(action, default_metavar(action, False))
    return ', '.join('%s %s' % (o, args) for o in action.option_strings)


def usage_part(action):
    if not action.option_strings:
        text = format_args(action, default_metavar(action, True))
        return text
    option = action.option_strings[0]
    if action.nargs == 0:
        text = action.format_usage()
    else:
        text = '%s %s' % (option, format_args(action, default_metavar(action, False)))
    return text


def format_usage(parser, prefix='usage: '):
    if parser.usage is not None:
        return prefix + (parser.usage % {'prog': parser.prog}) + '\n'
    prog = parser.prog
    actions = [a for a in parser._actions if a.help != SUPPRESS]
    optionals = [a for a in actions if a.option_strings]
    positionals = [a for a in actions if not a.option_strings]
    opt_parts = _parts(parser, optionals)
    pos_parts = _parts(parser, positionals)
    text = ' '.join([prog] + opt_parts + pos_parts)
    width = _formatter(parser)._width
    if len(prefix) + len(text) > width:
        def get_lines(parts, indent, pfx=None):
            lines = []
            line = []
            line_len = len(pfx) - 1 if pfx is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if pfx is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * width:
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
                lines = get_lines(opt_parts, indent)
                lines.extend(get_lines(pos_parts, indent))
            lines = [prog] + lines
        text = '\n'.join(lines)
    return prefix + text + '\n'


def _parts(parser, actions):
    """Usage parts of actions, with mutually exclusive groups joined by ' | '."""
    parts = []
    seen = set()
    for action in actions:
        group = parser._exclusive_of(action)
        if group is not None:
            if id(group) in seen:
                continue
            members = [a for a in group._group_actions if a.help != SUPPRESS and a in actions]
            if len(members) > 1 or (members and group.required):
                seen.add(id(group))
                inner = ' | '.join(usage_part(a) for a in members)
                parts.append(('(%s)' if group.required else '[%s]') % inner)
                continue
        part = usage_part(action)
        if action.option_strings and not action.required:
            part = '[%s]' % part
        if part:
            parts.append(part)
    return parts


def expand_help(action, prog):
    params = dict(vars(action), prog=prog)
    for name in list(params):
        if params[name] is SUPPRESS:
            del params[name]
    for name in list(params):
        if hasattr(params[name], '__name__'):
            params[name] = params[name].__name__
    if params.get('choices') is not None:
        params['choices'] = ', '.join(str(c) for c in params['choices'])
    return action.help % params


def _formatter(parser):
    import argparse
    cls = parser.formatter_class or argparse.HelpFormatter
    return cls(prog=parser.prog)


def _text_block(text, width, indent, raw):
    if raw:
        return [indent + line for line in text.splitlines()]
    return fill(text, width, indent)


def _help_text(action, prog, fmt):
    text = action.help
    if fmt.show_defaults and '%(default)' not in text and action.default is not SUPPRESS:
        if action.option_strings or action.nargs in ('?', '*'):
            text += ' (default: %(default)s)'
    params_action = action
    saved = action.help
    try:
        params_action.help = text
        return expand_help(params_action, prog)
    finally:
        params_action.help = saved


def format_help(parser):
    fmt = _formatter(parser)
    width = fmt._width
    out = [format_usage(parser)]
    if parser.description:
        out.append('\n' + '\n'.join(_text_block(parser.description, width, '', fmt.raw_description)) + '\n')
    groups = [g for g in parser._action_groups]
    entries = []
    for g in groups:
        for a in g._group_actions:
            if a.help != SUPPRESS:
                entries.append(a)
    max_help_position = fmt._max_help_position
    longest = 0
    for a in entries:
        longest = max(longest, len(invocation(a)) + 4)
        for sub in getattr(a, '_choices_actions', ()):
            longest = max(longest, len(invocation(sub)) + 4)
    help_position = min(longest, max_help_position)
    help_width = max(width - help_position, 11)
    for g in groups:
        visible = [a for a in g._group_actions if a.help != SUPPRESS]
        if not visible and not g.description:
            continue
        section = ['\n%s:\n' % g.title]
        if g.description:
            section.append('\n'.join(_text_block(g.description, width - 2, '  ', fmt.raw_description)) + '\n\n')
        for a in visible:
            _format_action(section, a, 2, help_position, help_width, parser.prog, fmt)
            for sub in getattr(a, '_choices_actions', ()):
                _format_action(section, sub, 4, help_position, help_width, parser.prog, fmt)
        out.append(''.join(section))
    if parser.epilog:
        out.append('\n' + '\n'.join(_text_block(parser.epilog, width, '', fmt.raw_description)) + '\n')
    return ''.join(out)


def _format_action(section, a, indent, help_position, help_width, prog, fmt):
    header = ' ' * indent + invocation(a)
    if a.help and a.help.strip():
        text = _help_text(a, prog, fmt)
        lines = (text.splitlines() if fmt.raw_text else fill(text, help_width, '')) or ['']
        if len(header) + 2 <= help_position:
            section.append(header.ljust(help_position) + lines[0] + '\n')
            rest = lines[1:]
        else:
            section.append(header + '\n')
            rest = lines
        for ln in rest:
            section.append(' ' * help_position + ln + '\n')
    else:
        section.append(header + '\n')
