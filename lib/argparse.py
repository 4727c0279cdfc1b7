"""Command-line parsing: ArgumentParser with positional and optional
arguments, actions, types, choices, nargs, groups, mutually exclusive
groups and subcommands, generated help and usage, and errors that print
the usage and exit with status 2."""

import sys as _sys
from _argformat import SUPPRESS

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Action',
           'BooleanOptionalAction', 'Namespace', 'SUPPRESS', 'OPTIONAL',
           'ZERO_OR_MORE', 'ONE_OR_MORE', 'PARSER', 'REMAINDER', 'FileType']

OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class Namespace:
    """A plain object holding the parsed attributes."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        parts = []
        extra = {}
        for name, value in vars(self).items():
            if name.isidentifier():
                parts.append(f'{name}={value!r}')
            else:
                extra[name] = value
        if extra:
            parts.append(f'**{extra!r}')
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error about one argument (or the command line as a whole)."""

    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return f'argument {self.argument_name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by type functions to report a bad value."""


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join(action.choices) + '}'
    return None


class Action:
    """What to do with an argument's values (the base of the actions)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def format_usage(self):
        return self.option_strings[0]

    def __repr__(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar']
        return '%s(%s)' % (type(self).__name__,
                           ', '.join(f'{n}={getattr(self, n)!r}' for n in names))

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, '
                             'actions such as store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not '
                             'supplying the value to append, the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (count or 0) + 1)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    """--flag / --no-flag setting True or False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for option in option_strings:
            strings.append(option)
            if option.startswith('--'):
                strings.append('--no-' + option[2:])
        super().__init__(strings, dest, 0, default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _ChoicesPseudoAction(Action):
    """A subcommand's entry in the help of its subparsers action."""

    def __init__(self, name, metavar, help):
        super().__init__(option_strings=[], dest=name, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        """A new parser for the subcommand name."""
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, f'conflicting subparser: {name}')
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, f'conflicting subparser alias: {alias}')
        if 'help' in kwargs:
            help_text = kwargs.pop('help')
            metavar = name if not aliases else '%s (%s)' % (name, ', '.join(aliases))
            self._choices_actions.append(_ChoicesPseudoAction(name, metavar, help_text))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, args = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            choices = ', '.join(map(repr, self._name_parser_map))
            raise ArgumentError(self, f'invalid choice: {name!r} (choose from {choices})')
        subnamespace, rest = sub.parse_known_args(args, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if rest:
            namespace.__dict__.setdefault('_UNRECOGNIZED_ARGS_ATTR', [])
            namespace._UNRECOGNIZED_ARGS_ATTR.extend(rest)


_ACTIONS = {None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
            'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
            'append': _AppendAction, 'append_const': _AppendConstAction,
            'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
            'parsers': _SubParsersAction, 'extend': _ExtendAction}


def _identity(value):
    return value


class _ActionsContainer:
    """What parsers and their groups share: declaring arguments (with the
    registries of action and type names), defaults, groups and conflicts."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for name, cls in _ACTIONS.items():
            self.register('action', name, cls)
        self.register('type', None, _identity)
        self._get_handler()
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}

    def register(self, registry_name, value, object):
        """Makes the name value mean object in action= or type=."""
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries[registry_name].get(value, default)

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

    def add_argument(self, *args, **kwargs):
        """Declares an argument (positional if its name has no prefix character)."""
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][0] not in chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            if 'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            if not args and 'dest' not in kwargs:
                raise TypeError("_ActionsContainer._get_positional_kwargs() missing 1 required positional argument: 'dest'")
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
        action_class = self._registry_get('action', action_name, action_name)
        if not callable(action_class):
            raise ValueError(f'unknown action "{action_class}"')
        action = action_class(option_strings=option_strings, dest=dest, **kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError(f'{type_func!r} is not callable')
        if type_func is FileType:
            raise ValueError(f'{type_func!r} is a FileType class object, instance of it must be passed')
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        """A new section of arguments in the help."""
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        """A new group of mutually exclusive arguments."""
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Adds a parent's actions, in groups of the same titles and in
        mutually exclusive groups like the parent's."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(f'cannot merge actions - two groups are named {group.title!r}')
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            mutex = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = mutex
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError(f'invalid conflict_resolution value: {self.conflict_handler!r}')
        return handler

    def _check_conflict(self, action):
        conflicts = [(s, self._option_string_actions[s]) for s in action.option_strings
                     if s in self._option_string_actions]
        if conflicts:
            self._get_handler()(action, conflicts)

    def _handle_conflict_error(self, action, conflicts):
        names = ', '.join(s for s, _ in conflicts)
        plural = 's' if len(conflicts) > 1 else ''
        raise ArgumentError(action, f'conflicting option string{plural}: {names}')

    def _handle_conflict_resolve(self, action, conflicts):
        for s, old in conflicts:
            old.option_strings.remove(s)
            self._option_string_actions.pop(s, None)
            if not old.option_strings:
                old.container._remove_action(old)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of arguments in the help, sharing its parser's
    arguments and defaults."""

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.', DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one if required) may be given."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.', DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)


class FileType:
    """A type= factory opening the argument as a file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(f'argument "-" with mode {self._mode!r}')
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError(f"can't open '{string}': {e}")

    def __repr__(self):
        parts = [repr(a) for a in (self._mode, self._bufsize) if a != -1]
        parts += [f'{k}={v!r}' for k, v in (('encoding', self._encoding), ('errors', self._errors))
                  if v is not None]
        return f"{type(self).__name__}({', '.join(parts)})"


from _argformat import (HelpFormatter, RawDescriptionHelpFormatter,  # noqa: E402
                        RawTextHelpFormatter, ArgumentDefaultsHelpFormatter,
                        MetavarTypeHelpFormatter)

__all__ += ['HelpFormatter', 'RawDescriptionHelpFormatter', 'RawTextHelpFormatter',
            'ArgumentDefaultsHelpFormatter']

from _argparser import ArgumentParser  # noqa: E402
