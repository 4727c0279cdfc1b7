"""The record types of typing: NamedTuple, TypedDict, and the IO, TextIO and BinaryIO
generics (typing imports them from here; they belong to module typing)."""

import sys
from typing import (_type_check, _caller, _AnnotatedAlias, _GenericAlias, Generic,
                    Required, NotRequired, AnyStr)

def _make_nmtuple(name, types, module, defaults=()):
    """A tuple subclass with named fields (what collections.namedtuple makes)."""
    fields = tuple(n for n, t in types)
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    annotations = {n: _type_check(t, msg, module=module) for n, t in types}
    for field_name in fields:
        if not isinstance(field_name, str) or not field_name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: '
                             f'{field_name!r}')
        if field_name.startswith('_'):
            raise ValueError(f'Field names cannot start with an underscore: {field_name!r}')
    arg_list = ', '.join(fields)
    if len(fields) == 1:
        arg_list += ','
    new_ns = {'_tuple_new': tuple.__new__}
    exec(f'def __new__(_cls, {", ".join(fields)}):\n'
         f'    return _tuple_new(_cls, ({arg_list}))', new_ns)
    __new__ = new_ns['__new__']
    __new__.__doc__ = f'Create new instance of {name}({", ".join(fields)})'
    if defaults:
        __new__.__defaults__ = tuple(defaults)
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    repr_fmt = '(' + ', '.join(f'{n}=%r' for n in fields) + ')'

    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != len(fields):
            raise TypeError(f'Expected {len(fields)} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(n) if n in kwds else v for n, v in zip(fields, self)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{name}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, field_name in enumerate(fields):
        namespace[field_name] = property(lambda self, i=index: self[i],
                                         doc=f'Alias for field number {index}')
    for method in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{name}.{method.__name__}'
    nm_tpl = type(name, (tuple,), namespace)
    nm_tpl.__annotations__ = annotations
    if module is not None:
        nm_tpl.__module__ = module
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict',
                         '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__'})


class NamedTupleMeta(type):
    __module__ = 'typing'

    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        if bases != (tuple,):
            nm_tpl.__bases__ = bases
        if Generic in bases:
            nm_tpl.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed tuple subclass with named fields, by class syntax
    (class P(NamedTuple): x: int) or called: NamedTuple('P', [('x', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_nmtuple(typename, list(fields), module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {'__module__': 'typing'})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _get_typeddict_qualifiers(annotation_type):
    while True:
        if isinstance(annotation_type, _AnnotatedAlias):
            annotation_type = annotation_type.__origin__
        elif isinstance(annotation_type, _GenericAlias) and \
                annotation_type.__origin__ in (Required, NotRequired):
            yield annotation_type.__origin__
            annotation_type = annotation_type.__args__[0]
        else:
            break


class _TypedDictMeta(type):
    __module__ = 'typing'

    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic_base = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg, module=tp_dict.__module__)
                           for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required_keys.update(base.__dict__.get('__required_keys__', ()))
            optional_keys.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own_annotations)
        for key, annotation in own_annotations.items():
            qualifiers = set(_get_typeddict_qualifiers(annotation))
            if Required in qualifiers:
                is_required = True
            elif NotRequired in qualifiers:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(key)
                optional_keys.discard(key)
            else:
                optional_keys.add(key)
                required_keys.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, '__total__'):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of typed keys, by class syntax
    (class Movie(TypedDict): title: str) or called: TypedDict('Movie', {'title': str})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {'__module__': 'typing'})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class IO(Generic[AnyStr]):
    """The generic base of file objects (TextIO and BinaryIO); its methods do nothing."""
    __module__ = 'typing'
    __slots__ = ()


class BinaryIO(IO[bytes]):
    """The type of binary files."""
    __module__ = 'typing'
    __slots__ = ()


class TextIO(IO[str]):
    """The type of text files."""
    __module__ = 'typing'
    __slots__ = ()


def _io_placeholder(name, params):
    namespace = {}
    exec(f'def {name}({params}):\n    pass', namespace)
    return namespace[name]


for _name in ('mode', 'name', 'closed'):
    setattr(IO, _name, property(_io_placeholder(_name, 'self')))
for _name, _params in (('close', ''), ('fileno', ''), ('flush', ''), ('isatty', ''),
                       ('read', ', n=-1'), ('readable', ''), ('readline', ', limit=-1'),
                       ('readlines', ', hint=-1'), ('seek', ', offset, whence=0'),
                       ('seekable', ''), ('tell', ''), ('truncate', ', size=None'),
                       ('writable', ''), ('write', ', s'), ('writelines', ', lines'),
                       ('__enter__', ''), ('__exit__', ', type, value, traceback')):
    setattr(IO, _name, _io_placeholder(_name, 'self' + _params))
for _name in ('buffer', 'encoding', 'errors', 'line_buffering', 'newlines'):
    setattr(TextIO, _name, property(_io_placeholder(_name, 'self')))
del _name, _params


for _f in (NamedTuple, TypedDict, is_typeddict):
    _f.__module__ = 'typing'
del _f
