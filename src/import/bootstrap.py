# The import system's Python-visible objects: module specs, the finders of sys.meta_path and the
# loaders, with the names, attributes, reprs and protocols (find_spec, create_module,
# exec_module, get_code) of CPython's importlib (_frozen_importlib and
# _frozen_importlib_external). The searching and loading run in Rust (src/import); the functions
# named with a leading underscore and no definition here (_is_builtin, _create_builtin,
# _path_find_spec, _exec_file_module, _get_code, _cache_from_source, _abspath, _new_module) are
# its native entry points, put in this module's namespace before it runs. Compiled on the first
# import.


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None
        self._initializing = False

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and
                    self.loader == other.loader and
                    self.origin == other.origin and
                    smsl == other.submodule_search_locations and
                    self.cached == other.cached and
                    self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            if self.origin.endswith('.py'):
                self._cached = _cache_from_source(self.origin)
            elif self.origin.endswith('.pyc'):
                self._cached = self.origin
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class FileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and
                self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def get_filename(self, name=None):
        return self.path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        _exec_file_module(module, self.path)

    def get_code(self, fullname):
        return _get_code(fullname, self.path)

    def get_data(self, path):
        return _read_data(path)

    def is_package(self, fullname):
        filename = self.path.rpartition('/')[2]
        filename_base = filename.rsplit('.', 1)[0]
        tail_name = fullname.rpartition('.')[2]
        return filename_base == '__init__' and tail_name != '__init__'


class SourceFileLoader(FileLoader):
    __module__ = '_frozen_importlib_external'

    def get_source(self, fullname):
        return _read_data(self.path).decode('utf-8')


class SourcelessFileLoader(FileLoader):
    __module__ = '_frozen_importlib_external'

    def get_source(self, fullname):
        return None


class NamespaceLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path, path_finder=None):
        self._path = path

    def is_package(self, fullname):
        return True

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def get_source(self, fullname):
        return ''


class _NamespacePath:
    __module__ = '_frozen_importlib_external'

    def __init__(self, name, path):
        self._name = name
        self._path = path

    def __iter__(self):
        return iter(self._path)

    def __getitem__(self, index):
        return self._path[index]

    def __len__(self):
        return len(self._path)

    def __contains__(self, item):
        return item in self._path

    def append(self, item):
        self._path.append(item)

    def __repr__(self):
        return f'_NamespacePath({self._path!r})'


class BuiltinImporter:
    """Meta path import for built-in modules."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is not None or not _is_builtin(fullname):
            return None
        return ModuleSpec(fullname, cls, origin='built-in')

    @classmethod
    def create_module(cls, spec):
        return _create_builtin(spec.name)

    @classmethod
    def exec_module(cls, module):
        pass

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def get_source(cls, fullname):
        return None


class PathFinder:
    """Meta path finder for sys.path and package __path__ attributes."""
    __module__ = '_frozen_importlib_external'

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return _path_find_spec(fullname, path)

    @classmethod
    def invalidate_caches(cls):
        pass


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    if location is None:
        location = '<unknown>'
        if hasattr(loader, 'get_filename'):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = location.__fspath__() if hasattr(location, '__fspath__') else location
        if not location.startswith('/'):
            location = _abspath(location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        if location.endswith('.py'):
            loader = SourceFileLoader(name, location)
        elif location.endswith('.pyc'):
            loader = SourcelessFileLoader(name, location)
        else:
            return None
        spec.loader = loader
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(location.rpartition('/')[0])
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if not origin and hasattr(loader, 'get_filename'):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, 'is_package'):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


def _init_module_attrs(spec, module, override=False):
    def missing(name):
        return override or getattr(module, name, None) is None

    if missing('__name__'):
        _set(module, '__name__', spec.name)
    if missing('__loader__'):
        _set(module, '__loader__', spec.loader)
    if missing('__package__'):
        _set(module, '__package__', spec.parent)
    _set(module, '__spec__', spec)
    if missing('__path__') and spec.submodule_search_locations is not None:
        _set(module, '__path__', spec.submodule_search_locations)
    if spec.has_location:
        if missing('__file__'):
            _set(module, '__file__', spec.origin)
        if missing('__cached__') and spec.cached is not None:
            _set(module, '__cached__', spec.cached)
    return module


def _set(module, name, value):
    # A module type that refuses the attribute keeps going without it, as importlib does.
    try:
        setattr(module, name, value)
    except AttributeError:
        pass
