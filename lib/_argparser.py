"""ArgumentParser of the argparse module: declaring arguments and parsing
command lines (options with attached or separate values, clusters of short
flags, abbreviations, positionals matched by their nargs)."""

import sys as _sys
import _argformat
from argparse import (
    Namespace, ArgumentError, ArgumentTypeError, SUPPRESS, OPTIONAL, ZERO_OR_MORE,
    ONE_OR_MORE, PARSER, REMAINDER, _ActionsContainer, _argument_name)


def _is_negative_number(s):
    """Whether s reads as a negative number ('-5', '-.5', '-1.25'), as the
    pattern ^-\\d+$|^-\\d*\\.\\d+$ (which also allows one final newline)."""
    if s.endswith('\n'):
        s = s[:-1]
    if not s.startswith('-'):
        return False
    whole, dot, frac = s[1:].partition('.')
    if not dot:
        return whole != '' and whole.isdecimal()
    return (whole == '' or whole.isdecimal()) and frac != '' and frac.isdecimal()


def _nargs_elements(action):
    """The pieces of the pattern that action's nargs matches in the string of
    kinds of the command line ('O' option, 'A' argument, '-' for '--'):
    '-*' dashes, 'A' one argument, 'A?' an optional one, or a starred class."""
    nargs = action.nargs
    if nargs is None:
        elems = ['-*', 'A', '-*']
    elif nargs == OPTIONAL:
        elems = ['-*', 'A?', '-*']
    elif nargs == ZERO_OR_MORE:
        elems = ['-*', 'A-*']
    elif nargs == ONE_OR_MORE:
        elems = ['-*', 'A', 'A-*']
    elif nargs == REMAINDER:
        elems = ['-AO*']
    elif nargs == PARSER:
        elems = ['-*', 'A', '-AO*']
    elif nargs == SUPPRESS:
        elems = ['-*', '-*']
    else:
        elems = ['-*']
        for i in range(nargs):
            if i:
                elems.append('-*')
            elems.append('A')
        elems.append('-*')
    if action.option_strings:
        elems = [e.replace('-', '') for e in elems if e != '-*']
        elems = [e for e in elems if e != '*']
    return elems


def _ends(elems, i, pattern, pos):
    """The end positions of elems[i:] matched at pattern[pos:], in the order
    a backtracking regular expression engine tries them (greedy first)."""
    if i == len(elems):
        yield pos
        return
    e = elems[i]
    if e == 'A':
        if pos < len(pattern) and pattern[pos] == 'A':
            yield from _ends(elems, i + 1, pattern, pos + 1)
    elif e == 'A?':
        if pos < len(pattern) and pattern[pos] == 'A':
            yield from _ends(elems, i + 1, pattern, pos + 1)
        yield from _ends(elems, i + 1, pattern, pos)
    else:
        allowed = e[:-1]
        run = 0
        while pos + run < len(pattern) and pattern[pos + run] in allowed:
            run += 1
        for k in range(run, -1, -1):
            yield from _ends(elems, i + 1, pattern, pos + k)


def _match_one(action, pattern, start):
    """How many strings from start action takes (greedy), or None."""
    for end in _ends(_nargs_elements(action), 0, pattern, start):
        return end - start
    return None


def _match_seq(actions, pattern, start):
    """Counts for each of actions matching pattern from start, greedily, or None."""
    if not actions:
        return []
    tried = set()
    for end in _ends(_nargs_elements(actions[0]), 0, pattern, start):
        if end in tried:
            continue
        tried.add(end)
        rest = _match_seq(actions[1:], pattern, end)
        if rest is not None:
            return [end - start] + rest
    return None


class ArgumentParser(_ActionsContainer):
    """A command-line parser."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        if prog is None:
            prog = (_sys.argv[0] if _sys.argv and _sys.argv[0] else 'python').replace('\\', '/').rsplit('/', 1)[-1]
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        if formatter_class is None:
            formatter_class = _argformat.HelpFormatter
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        if add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            defaults = getattr(parent, '_defaults', None)
            if defaults is not None:
                self._defaults.update(defaults)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return '%s(%s)' % (type(self).__name__, ', '.join(f'{n}={getattr(self, n)!r}' for n in names))

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        """The action to which subcommand parsers are added."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        action_name = kwargs.pop('action', 'parsers')
        parsers_class = self._registry_get('action', action_name, action_name)
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file if file is not None else _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file if file is not None else _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            try:
                file.write(message)
            except (AttributeError, OSError):
                pass

    def exit(self, status=0, message=None):
        """Prints message to stderr and exits with status."""
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and 'prog: error: message' to stderr; exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, f'{self.prog}: error: {message}\n')

    def parse_args(self, args=None, namespace=None):
        """Parses args (sys.argv[1:] by default) into a Namespace."""
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        """Parses what it can of args; returns (namespace, the unparsed strings)."""
        args = list(_sys.argv[1:] if args is None else args)
        if self.fromfile_prefix_chars is not None:
            args = self._read_args_from_files(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            extras.extend(namespace._UNRECOGNIZED_ARGS_ATTR)
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, extras

    def parse_intermixed_args(self, args=None, namespace=None):
        """parse_args with optionals and positionals in any order: the
        positionals are matched after all the optionals are taken."""
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """parse_known_args with optionals and positionals in any order."""
        positionals = [a for a in self._actions if not a.option_strings]
        for a in positionals:
            if a.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s' % a.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[7:]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for a in positionals:
                    a.nargs = SUPPRESS
                    a.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for a in positionals:
                    if hasattr(namespace, a.dest) and getattr(namespace, a.dest) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (a.dest, namespace))
                        delattr(namespace, a.dest)
            finally:
                for a, nargs, default in saved:
                    a.nargs = nargs
                    a.default = default
            optionals = [a for a in self._actions if a.option_strings]
            saved_required = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for a in optionals:
                    a.required = False
                for g in self._mutually_exclusive_groups:
                    g.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for a, required in saved_required:
                    a.required = required
                for g, required in saved_groups:
                    g.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    def _read_args_from_files(self, args):
        """args with each @file (a fromfile prefix char and a path) replaced
        by the arguments read from the file, one a line, recursively."""
        out = []
        for arg in args:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as f:
                    read = []
                    for line in f.read().splitlines():
                        read.extend(self.convert_arg_line_to_args(line))
                out.extend(self._read_args_from_files(read))
            except OSError as err:
                self.error(str(err))
        return out

    def convert_arg_line_to_args(self, arg_line):
        """The arguments of one line of an arguments file (the line itself)."""
        return [arg_line]

    def _classify(self, arg):
        """(action, option string, explicit arg) of an option-looking arg, or None."""
        chars = self.prefix_chars
        if not arg or arg[0] not in chars:
            return None
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            name, value = arg.split('=', 1)
            if name in self._option_string_actions:
                return self._option_string_actions[name], name, value
        matches = self._prefix_matches(arg)
        if len(matches) > 1:
            options = ', '.join(m[1] for m in matches)
            self.error(f'ambiguous option: {arg} could match {options}')
        if len(matches) == 1:
            return matches[0]
        if _is_negative_number(arg) and not any(_is_negative_number(s) for s in self._option_string_actions):
            return None
        if ' ' in arg:
            return None
        return (None, arg, None)

    def _prefix_matches(self, arg):
        """The (action, option string, explicit argument) that arg may mean:
        options it abbreviates and, for a single prefix character, the short
        option of its first two characters with the rest attached."""
        chars = self.prefix_chars
        out = []
        if arg[1] in chars:
            if self.allow_abbrev:
                name, sep, value = arg.partition('=')
                for s, action in self._option_string_actions.items():
                    if s.startswith(name):
                        out.append((action, s, value if sep else None))
        else:
            short = arg[:2]
            for s, action in self._option_string_actions.items():
                if s == short:
                    out.append((action, s, arg[2:]))
                elif s.startswith(arg):
                    out.append((action, s, None))
        return out

    def _parse(self, args, namespace):
        pattern = []
        options = {}
        for i, arg in enumerate(args):
            if arg == '--':
                pattern.append('-')
                pattern.extend('A' * (len(args) - i - 1))
                break
            found = self._classify(arg)
            if found is None:
                pattern.append('A')
            else:
                pattern.append('O')
                options[i] = found
        pattern = ''.join(pattern)
        seen = set()
        seen_nondefault = set()
        extras = []
        positionals = [a for a in self._actions if not a.option_strings]
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            members = group._group_actions
            for i, member in enumerate(members):
                others = conflicts.setdefault(member, [])
                others.extend(members[:i])
                others.extend(members[i + 1:])

        def take(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_nondefault.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_nondefault:
                        raise ArgumentError(action, f'not allowed with argument {_argument_name(other)}')
            if values is not SUPPRESS:
                action(self, namespace, values, option_string)

        def consume_positionals(start):
            nonlocal positionals
            for i in range(len(positionals), 0, -1):
                counts = _match_seq(positionals[:i], pattern, start)
                if counts is not None:
                    break
            else:
                return start
            for action, n in zip(positionals[:i], counts):
                strings = args[start:start + n]
                take(action, strings)
                start += n
            positionals = positionals[i:]
            return start

        index = 0
        max_option = max(options) if options else -1
        while index <= max_option:
            next_option = min(i for i in options if i >= index)
            if index < next_option:
                index = consume_positionals(index)
                if index < next_option:
                    extras.extend(args[index:next_option])
                    index = next_option
                    continue
            if index not in options:
                continue
            action, option_string, explicit = options[index]
            if action is None:
                extras.append(args[index])
                index += 1
                continue
            index = self._consume_option(action, option_string, explicit, index, args,
                                         pattern, take, extras)
            max_option = max((i for i in options if i >= index), default=-1)
        index = consume_positionals(index)
        extras.extend(args[index:])
        required = []
        for action in self._actions:
            if action not in seen:
                if action.required:
                    required.append(_argument_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(namespace, action.dest)
                      and action.default is getattr(namespace, action.dest)):
                    setattr(namespace, action.dest, self._get_value(action, action.default))
        if required:
            self.error('the following arguments are required: %s' % ', '.join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_nondefault for a in group._group_actions):
                names = [_argument_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _consume_option(self, action, option_string, explicit, index, args, pattern, take, extras):
        """Takes the option at index (and a cluster of short flags attached to
        it, or its arguments); the actions run once all of them are known."""
        chars = self.prefix_chars
        pending = []
        while True:
            if explicit is not None:
                count = self._match_count(action, 'A', 0)
                if count == 0 and option_string[1] not in chars and explicit != '':
                    pending.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit = rest
                        continue
                    raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
                if count == 1:
                    pending.append((action, [explicit], option_string))
                    stop = index + 1
                    break
                raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
            n = self._match_count(action, pattern, index + 1)
            pending.append((action, args[index + 1:index + 1 + n], option_string))
            stop = index + 1 + n
            break
        for action, strings, option_string in pending:
            take(action, strings, option_string)
        return stop

    def _match_count(self, action, pattern, start):
        """How many strings from start action takes, or ArgumentError."""
        n = _match_one(action, pattern, start)
        if n is not None:
            return n
        nargs = action.nargs
        if nargs is None:
            msg = 'expected one argument'
        elif nargs == OPTIONAL:
            msg = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            msg = 'expected at least one argument'
        else:
            msg = 'expected %s argument%s' % (nargs, '' if nargs == 1 else 's')
        raise ArgumentError(action, msg)

    def _get_values(self, action, strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings = list(strings)
            strings.remove('--')
        if not strings and action.nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not strings and action.nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else []
            if not isinstance(value, list):
                self._check_value(action, value)
            return value
        if len(strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, strings[0])
            self._check_value(action, value)
            return value
        if action.nargs == REMAINDER:
            return [self._get_value(action, s) for s in strings]
        if action.nargs == PARSER:
            value = [self._get_value(action, s) for s in strings]
            self._check_value(action, value[0])
            return value
        if action.nargs == SUPPRESS:
            return SUPPRESS
        value = [self._get_value(action, s) for s in strings]
        for v in value:
            self._check_value(action, v)
        return value

    def _get_value(self, action, string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, f'{type_func!r} is not callable')
        try:
            return type_func(string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, f'invalid {name} value: {string!r}')

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, f'invalid choice: {value!r} (choose from {choices})')
