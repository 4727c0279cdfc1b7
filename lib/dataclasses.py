"""Data classes: the @dataclass decorator writes __init__, __repr__, __eq__ and, on request,
ordering, hashing and immutability for a class from its annotated fields."""

import sys
import builtins

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']

_MappingProxy = type(type.__dict__)


class FrozenInstanceError(AttributeError):
    """Raised on assigning to or deleting a field of a frozen data class instance."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """The annotation of an init-only pseudo-field: an argument of __init__, passed on to
    __post_init__, not stored."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a data class, as field() describes it; fields() lists them."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else _MappingProxy(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), '__set_name__', None)
        if hook is not None:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args',
                 'kw_only', 'slots', 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                 slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(' + ','.join(
            f'{name}={getattr(self, name)!r}' for name in self.__slots__) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describes one field: its default (a value, or a factory called per instance) and
    whether it takes part in __init__, __repr__, hashing and comparisons."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(flds):
    return (tuple(f for f in flds if f.init and not f.kw_only),
            tuple(f for f in flds if f.init and f.kw_only))


def _tuple_source(obj_name, flds):
    if not flds:
        return '()'
    return '(' + ','.join(f'{obj_name}.{f.name}' for f in flds) + ',)'


def _make_function(cls, name, args, body, namespace, return_type=MISSING):
    """A method of cls compiled from source: its parameters, its body lines and the names
    the body uses."""
    source_body = '\n'.join(f'  {line}' for line in body) or '  pass'
    local_names = ', '.join(namespace)
    text = (f'def __create_fn__({local_names}):\n'
            f' def {name}({", ".join(args)}):\n'
            f'{source_body}\n'
            f' return {name}')
    scope = {}
    exec(text, {'__builtins__': builtins}, scope)
    fn = scope['__create_fn__'](**namespace)
    fn.__qualname__ = f'{cls.__qualname__}.{fn.__name__}'
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'__dataclass_object__.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _field_init(f, frozen, namespace, self_name, slots):
    default_name = f'__dataclass_dflt_{f.name}__'
    if f.default_factory is not MISSING:
        if f.init:
            namespace[default_name] = f.default_factory
            value = (f'{default_name}() if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ '
                     f'else {f.name}')
        else:
            namespace[default_name] = f.default_factory
            value = f'{default_name}()'
    else:
        if f.init:
            if f.default is MISSING:
                value = f.name
            else:
                namespace[default_name] = f.default
                value = f.name
        else:
            if slots and f.default is not MISSING:
                namespace[default_name] = f.default
                value = default_name
            else:
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ''
    elif f.default is not MISSING:
        default = f'=__dataclass_dflt_{f.name}__'
    else:
        default = '=__dataclass_HAS_DEFAULT_FACTORY__'
    return f'{f.name}:__dataclass_type_{f.name}__{default}'


def _init_fn(cls, flds, std_fields, kw_only_fields, frozen, has_post_init, self_name,
             slots):
    seen_default = None
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = f
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    namespace = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_object__': object, 'MISSING': MISSING}
    for f in flds:
        if f.init:
            namespace[f'__dataclass_type_{f.name}__'] = f.type
    body = []
    for f in flds:
        line = _field_init(f, frozen, namespace, self_name, slots)
        if line:
            body.append(line)
    if has_post_init:
        params = ','.join(f.name for f in flds if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    args = [self_name] + [_init_param(f) for f in std_fields]
    if kw_only_fields:
        args += ['*'] + [_init_param(f) for f in kw_only_fields]
    fn = _make_function(cls, '__init__', args, body, namespace)
    fn.__annotations__ = dict(fn.__annotations__, **{'return': None})
    return fn


def _repr_fn(cls, flds):
    text = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in flds)
    fn = _make_function(cls, '__repr__', ['self'],
                        [f'return f"{{self.__class__.__qualname__}}({text})"'], {})
    return _recursion_guarded(fn)


def _recursion_guarded(fn):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return fn(self)
        finally:
            running.discard(key)

    __repr__.__qualname__ = fn.__qualname__
    __repr__.__wrapped__ = fn
    __repr__.__doc__ = fn.__doc__
    return __repr__


def _frozen_methods(cls, flds):
    if flds:
        names = '(' + ''.join(f'{f.name!r},' for f in flds) + ')'
    else:
        names = '()'
    namespace = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    condition = f'type(self) is cls or name in {names}'
    setter = _make_function(cls, '__setattr__', ['self', 'name', 'value'], [
        f'if {condition}:',
        ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
        'super(cls, self).__setattr__(name, value)'], namespace)
    deleter = _make_function(cls, '__delattr__', ['self', 'name'], [
        f'if {condition}:',
        ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
        'super(cls, self).__delattr__(name)'], namespace)
    return setter, deleter


def _compare_fn(cls, name, op, flds):
    mine = _tuple_source('self', flds)
    theirs = _tuple_source('other', flds)
    return _make_function(cls, name, ['self', 'other'], [
        'if other.__class__ is self.__class__:',
        f' return {mine}{op}{theirs}',
        'return NotImplemented'], {})


def _hash_fn(cls, flds):
    return _make_function(cls, '__hash__', ['self'],
                          [f'return hash({_tuple_source("self", flds)})'], {})


def _is_type(annotation, cls, module, wanted, name):
    """Whether the string annotation names `name` of `module` (e.g. "ClassVar[int]" or
    "typing.ClassVar[int]") in the namespace of cls's module."""
    text = annotation.strip()
    head = ''
    i = 0
    while i < len(text) and (text[i].isalnum() or text[i] in '_.'):
        i += 1
    head = text[:i]
    if not head:
        return False
    parts = head.split('.')
    namespace = getattr(sys.modules.get(cls.__module__), '__dict__', {})
    if len(parts) == 1:
        return namespace.get(parts[0]) is wanted
    if len(parts) == 2 and parts[1] == name:
        return namespace.get(parts[0]) is module
    return False


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or getattr(a_type, '__origin__', None) is typing.ClassVar)


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptor):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = sys.modules.get('typing')
    if typing is not None:
        if _is_classvar(a_type, typing) or (
                isinstance(a_type, str) and _is_type(a_type, cls, typing, typing.ClassVar,
                                                     'ClassVar')):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        this = sys.modules[__name__]
        if isinstance(a_type, InitVar) or a_type is InitVar or (
                isinstance(a_type, str) and _is_type(a_type, cls, this, InitVar, 'InitVar')):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {f.name} is not '
                         f'allowed: use default_factory')
    return f


_MemberDescriptor = type(type('_Slotted', (), {'__slots__': ('x',)}).__dict__['x'])


def _is_kw_only(a_type, cls):
    if a_type is KW_ONLY:
        return True
    if isinstance(a_type, str):
        return _is_type(a_type, cls, sys.modules[__name__], KW_ONLY, 'KW_ONLY')
    return False


def _hash_action(cls, flds, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _hash_fn(cls, flds)
    if has_explicit_hash or not eq:
        return MISSING
    if frozen:
        return _hash_fn(cls, flds)
    return None


def _signature_text(cls, std, kw):
    def type_text(t):
        if isinstance(t, str):
            return repr(t)
        if isinstance(t, type) and not hasattr(t, '__origin__'):
            if t.__module__ == 'builtins':
                return t.__qualname__
            return f'{t.__module__}.{t.__qualname__}'
        return repr(t).replace('typing.', '')

    def param(f):
        text = f'{f.name}: {type_text(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        return text

    params = [param(f) for f in std]
    if kw:
        params += ['*'] + [param(f) for f in kw]
    return '(' + ', '.join(params) + ')'


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    flds = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen,
                                           match_args, kw_only, slots, weakref_slot))
    any_frozen_base = False
    has_dataclass_bases = False
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if getattr(base, _PARAMS).frozen:
                any_frozen_base = True
    annotations = cls.__dict__.get('__annotations__', {})
    own_fields = []
    kw_only_now = kw_only
    seen_kw_only = False
    for name, a_type in annotations.items():
        if _is_kw_only(a_type, cls):
            if seen_kw_only:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been '
                                f'specified')
            seen_kw_only = True
            kw_only_now = True
        else:
            own_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in own_fields:
        flds[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, flds)
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in flds.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init, kw_init = _fields_in_init_order(all_init_fields)
    field_list = [f for f in flds.values() if f._field_type is _FIELD]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _init_fn(
            cls, all_init_fields, std_init, kw_init, frozen, has_post_init,
            '__dataclass_self__' if 'self' in flds else 'self', slots))
    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn(cls, [f for f in field_list if f.repr]))
    if eq:
        _set_new_attribute(cls, '__eq__',
                           _compare_fn(cls, '__eq__', '==', [f for f in field_list if f.compare]))
    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if _set_new_attribute(cls, name, _compare_fn(cls, name, op, compared)):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        for fn in _frozen_methods(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} in class '
                                f'{cls.__name__}')
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, hashed, unsafe_hash, eq, frozen, has_explicit_hash)
    if action is not MISSING:
        cls.__hash__ = action
    if not getattr(cls, '__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(cls, std_init, kw_init)
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    return cls


def _slots_of(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        if getattr(cls, '__weakrefoffset__', -1) != 0:
            yield '__weakref__'
        if getattr(cls, '__dictoffset__', -1) != 0:
            yield '__dict__'
        return
    if isinstance(slots, str):
        yield slots
    else:
        yield from slots


def _add_slots(cls, is_frozen, weakref_slot):
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    namespace = dict(cls.__dict__)
    names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        if '__slots__' in base.__dict__:
            slots = base.__dict__['__slots__']
            inherited.update([slots] if isinstance(slots, str) else slots)
    wanted = names + (('__weakref__',) if weakref_slot else ())
    namespace['__slots__'] = tuple(n for n in wanted if n not in inherited)
    for name in names:
        namespace.pop(name, None)
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        if '__getstate__' not in namespace:
            new_cls.__getstate__ = _dataclass_getstate
        if '__setstate__' not in namespace:
            new_cls.__setstate__ = _dataclass_setstate
    return new_cls


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Turns cls into a data class: its annotated class attributes become fields, and the
    methods the flags ask for are added (those cls defines itself are kept)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (Field objects) of a data class or of an instance of one, in order;
    ClassVar and InitVar pseudo-fields left out."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Whether obj is a data class or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC_TYPES = frozenset({type(None), bool, int, float, str, complex, bytes,
                           type(Ellipsis), type(NotImplemented), type, range, property,
                           type(len), type(lambda: None)})


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return _plain_deepcopy(obj, {})
    return copy.deepcopy(obj)


def _plain_deepcopy(obj, memo):
    """A deep copy for when the copy module is not available."""
    if type(obj) in _ATOMIC_TYPES or isinstance(obj, type):
        return obj
    key = id(obj)
    if key in memo:
        return memo[key]
    hook = getattr(obj, '__deepcopy__', None)
    if hook is not None:
        result = hook(memo)
    elif type(obj) in (list, tuple, set, frozenset):
        result = type(obj)(_plain_deepcopy(v, memo) for v in obj)
    elif type(obj) is dict:
        result = {_plain_deepcopy(k, memo): _plain_deepcopy(v, memo) for k, v in obj.items()}
    elif type(obj) is bytearray:
        result = bytearray(obj)
    else:
        result = object.__new__(type(obj))
        memo[key] = result
        state = getattr(obj, '__dict__', None)
        if state is not None:
            for name, value in state.items():
                object.__setattr__(result, name, _plain_deepcopy(value, memo))
        return result
    memo[key] = result
    return result


def asdict(obj, *, dict_factory=dict):
    """The fields of a data class instance as a dict (field name to value), recursing into
    data classes, lists, tuples and dicts, and copying other values deeply."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict) for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a data class instance as a tuple, recursing as asdict() does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if type(obj) in _ATOMIC_TYPES:
        return obj
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        if hasattr(type(obj), 'default_factory'):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """A new data class named cls_name; fields are names, (name, type) or
    (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    def fill(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = _new_class(cls_name, bases, fill)
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


_KEYWORDS = frozenset({
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
    'return', 'try', 'while', 'with', 'yield'})


def _new_class(name, bases, fill):
    resolved = []
    for base in bases:
        entries = getattr(base, '__mro_entries__', None)
        if entries is not None and not isinstance(base, type):
            resolved.extend(entries(bases))
        else:
            resolved.append(base)
    bases = tuple(resolved)
    meta = type
    for base in bases:
        if isinstance(type(base), type) and issubclass(type(base), meta):
            meta = type(base)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases) if prepare is not None else {}
    fill(ns)
    return meta(name, bases, ns)


def replace(obj, /, **changes):
    """A new instance of obj's data class: obj's field values, with changes applied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 f'specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
