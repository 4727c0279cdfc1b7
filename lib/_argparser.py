"""ArgumentParser of the argparse module: declaring arguments and parsing
command lines (options with attached or separate values, clusters of short
flags, abbreviations, positionals matched by their nargs)."""

import sys as _sys
import _argformat
from argparse import (
    Namespace, ArgumentError, ArgumentTypeError, SUPPRESS, OPTIONAL, ZERO_OR_MORE,
    ONE_OR_MORE, PARSER, REMAINDER, _ACTIONS, _ArgumentGroup,
    _MutuallyExclusiveGroup, _argument_name)


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


def _identity(value):
    return value


class ArgumentParser(_ArgumentGroup):
    """A command-line parser."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=None, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = (_sys.argv[0] if _sys.argv and _sys.argv[0] else 'python').replace('\\', '/').rsplit('/', 1)[-1]
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        if formatter_class is None:
            formatter_class = _argformat.HelpFormatter
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._option_string_actions = {}
        self._defaults = {}
        self._mutually_exclusive_groups = []
        self._subparsers = None
        self._container = self
        self.title = None
        self._group_actions = []
        self._positionals = _ArgumentGroup(self, 'positional arguments')
        self._optionals = _ArgumentGroup(self, 'options')
        self._action_groups = [self._positionals, self._optionals]
        if add_help:
            default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _ACTIONS['help']):
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return '%s(%s)' % (type(self).__name__, ', '.join(f'{n}={getattr(self, n)!r}' for n in names))

    def add_argument(self, *args, **kwargs):
        """Declares an argument (positional if its name has no prefix character)."""
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            if 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            dest = args[0] if args else kwargs.pop('dest')
            option_strings = []
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE):
                kwargs['required'] = True
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                kwargs['required'] = True
        else:
            option_strings = []
            long_strings = []
            for s in args:
                if not s[0] in chars:
                    raise ValueError(f'invalid option string {s!r}: must start with a character {chars!r}')
                option_strings.append(s)
                if len(s) > 1 and s[1] in chars:
                    long_strings.append(s)
            dest = kwargs.pop('dest', None)
            if dest is None:
                first = long_strings[0] if long_strings else option_strings[0]
                dest = first.lstrip(chars)
                if not dest:
                    raise ValueError(f'dest= is required for options like {args[-1]!r}')
                dest = dest.replace('-', '_')
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_name = kwargs.pop('action', None)
        try:
            action_class = _ACTIONS.get(action_name, action_name)
        except TypeError:
            action_class = action_name
        if not callable(action_class):
            raise ValueError(f'unknown action "{action_class}"')
        action = action_class(option_strings=option_strings, dest=dest, **kwargs)
        type_func = action.type if action.type is not None else _identity
        if not callable(type_func):
            raise ValueError(f'{type_func!r} is not callable')
        from argparse import FileType
        if type_func is FileType:
            raise ValueError(f'{type_func!r} is a FileType class object, instance of it must be passed')
        try:
            self._get_formatter()._format_args(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _add_action(self, action):
        conflicts = [(s, self._option_string_actions[s]) for s in action.option_strings
                     if s in self._option_string_actions]
        if conflicts:
            if self.conflict_handler == 'resolve':
                for s, old in conflicts:
                    old.option_strings.remove(s)
                    self._option_string_actions.pop(s, None)
                    if not old.option_strings:
                        self._remove_action(old)
            elif self.conflict_handler == 'error':
                names = ', '.join(s for s, _ in conflicts)
                plural = 's' if len(conflicts) > 1 else ''
                raise ArgumentError(action, f'conflicting option string{plural}: {names}')
            else:
                raise ValueError(f'invalid conflict_resolution value: {self.conflict_handler!r}')
        for s in action.option_strings:
            self._option_string_actions[s] = action
        self._actions.append(action)
        group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)
        for g in self._action_groups:
            if action in g._group_actions:
                g._group_actions.remove(action)

    def _move_to_group(self, action, group):
        for g in self._action_groups:
            if action in g._group_actions:
                g._group_actions.remove(action)
        group._group_actions.append(action)

    def _exclusive_of(self, action):
        for group in self._mutually_exclusive_groups:
            if action in group._group_actions:
                return group
        return None

    def add_argument_group(self, title=None, description=None, **kwargs):
        """A new section of arguments in the help."""
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, *, required=False):
        """A new group of mutually exclusive arguments."""
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def add_subparsers(self, title=None, description=None, prog=None, dest=SUPPRESS,
                       required=False, help=None, metavar=None, parser_class=None, action=None):
        """The action to which subcommand parsers are added."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        if prog is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            formatter.add_usage(self.usage, positionals, self._mutually_exclusive_groups, '')
            prog = formatter.format_help().strip()
        parser_class = parser_class or type(self)
        sub = _ACTIONS['parsers'](option_strings=[], prog=prog, parser_class=parser_class,
                                  dest=dest, required=required, help=help, metavar=metavar)
        self._add_action(sub)
        if title is not None or description is not None:
            group = self.add_argument_group(title or 'subcommands', description)
            self._move_to_group(sub, group)
        self._subparsers = sub
        return sub

    def set_defaults(self, **kwargs):
        """Defaults for dests, whether or not an argument sets them."""
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

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
            (file if file is not None else _sys.stderr).write(message)

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

        def take(action, strings, option_string=None):
            seen.add(action)
            values = self._get_values(action, strings)
            if values is not action.default:
                seen_nondefault.add(action)
                group = self._exclusive_of(action)
                if group is not None:
                    for other in group._group_actions:
                        if other is not action and other in seen_nondefault:
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
        chars = self.prefix_chars
        while True:
            if explicit is not None:
                count = self._match_count(action, 'A', 0)
                if count == 0 and option_string[1] not in chars and explicit != '':
                    take(action, [], option_string)
                    option_string = option_string[0] + explicit[0]
                    rest = explicit[1:] or None
                    if option_string in self._option_string_actions:
                        action = self._option_string_actions[option_string]
                        explicit = rest
                        continue
                    raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
                if count == 1:
                    take(action, [explicit], option_string)
                    return index + 1
                raise ArgumentError(action, f'ignored explicit argument {explicit!r}')
            n = self._match_count(action, pattern, index + 1)
            strings = args[index + 1:index + 1 + n]
            take(action, strings, option_string)
            return index + 1 + n

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
        type_func = action.type if action.type is not None else (lambda s: s)
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
