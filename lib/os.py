"""Operating system interfaces: files and folders, the environment, descriptors and
processes, over the system calls of the built-in module _os. os.path is posixpath."""

import sys
import _os
import posixpath as path

sys.modules['os.path'] = path

from _os import (getcwd, getcwdb, chdir, listdir, mkdir, rmdir, unlink, link, symlink,
                 readlink, access, chmod, truncate, umask, getpid, getppid, getuid, geteuid,
                 getgid, getegid, urandom, cpu_count, open, close, read, write, lseek, dup,
                 dup2, pipe, isatty, fsync, ftruncate, strerror, putenv, unsetenv, system, kill,
                 O_RDONLY, O_WRONLY, O_RDWR, O_APPEND, O_CREAT, O_EXCL, O_TRUNC, O_NONBLOCK,
                 O_NOCTTY, O_SYNC, O_DSYNC, O_CLOEXEC, O_DIRECTORY, O_NOFOLLOW, O_ACCMODE,
                 F_OK, R_OK, W_OK, X_OK, SEEK_SET, SEEK_CUR, SEEK_END, EX_OK)

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError

remove = unlink


def _check_dir_fd(dir_fd):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _check_dir_fd(src_dir_fd)
    _check_dir_fd(dst_dir_fd)
    _os.rename(src, dst)


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _check_dir_fd(src_dir_fd)
    _check_dir_fd(dst_dir_fd)
    _os.rename(src, dst)


class _PathLikeMeta(type):
    """Makes every class with an ``__fspath__`` method count as a subclass of PathLike."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if type.__subclasscheck__(cls, subclass):
            return True
        if cls.__dict__.get('_protocol_root'):
            for k in subclass.__mro__:
                if '__fspath__' in vars(k):
                    return vars(k)['__fspath__'] is not None
        return False


class PathLike(metaclass=_PathLikeMeta):
    """The protocol of objects that stand for a file system path (``__fspath__``)."""

    __slots__ = ()
    _protocol_root = True

    def __fspath__(self):
        raise NotImplementedError

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fspath(path):
    """The str or bytes a path stands for."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        if hasattr(kind, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        kind.__name__, type(result).__name__))


def fsencode(filename):
    """A path as bytes (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """A path as str (UTF-8 with surrogateescape)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def get_exec_path(env=None):
    """The folders searched for a program, from PATH."""
    if env is None:
        env = environ
    p = env.get('PATH')
    if p is None:
        p = defpath
    return p.split(pathsep)


class stat_result(tuple):
    """The result of stat(): the ten classic fields by index, and every field by name."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    __match_args__ = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
              None, None, None, 'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns',
              'st_mtime_ns', 'st_ctime_ns', 'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) < 10:
            raise TypeError("os.stat_result() takes an at least 10-sequence (%d-sequence given)"
                            % len(values))
        if len(values) > 19:
            raise TypeError("os.stat_result() takes an at most 19-sequence (%d-sequence given)"
                            % len(values))
        self = tuple.__new__(cls, values[:10])
        extra = list(values[10:]) + [None] * (19 - len(values))
        if extra[0] is None:
            extra[0] = values[7]
        if extra[1] is None:
            extra[1] = values[8]
        if extra[2] is None:
            extra[2] = values[9]
        self._extra = tuple(extra)
        return self

    def __repr__(self):
        fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                  'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (f, v) for f, v in zip(fields, self))

    def __reduce__(self):
        return (stat_result, (tuple(self) + self._extra,))

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])
    st_rdev = property(lambda self: self._extra[8])


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of a file (of the link itself with follow_symlinks=False)."""
    _check_dir_fd(dir_fd)
    if isinstance(path, int):
        return stat_result(_os.fstat(path))
    return stat_result(_os.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """The status of a file, not following a final symbolic link."""
    _check_dir_fd(dir_fd)
    return stat_result(_os.stat(path, False))


def fstat(fd):
    """The status of an open file descriptor."""
    return stat_result(_os.fstat(fd))


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Sets the access and modification times of a file."""
    _check_dir_fd(dir_fd)
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = times
        ns = (_to_ns(atime), _to_ns(mtime))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
    else:
        ns = (None, None)
    _os.utime(path, ns[0], ns[1], follow_symlinks)


def _to_ns(t):
    if isinstance(t, float):
        return int(round(t * 1e9))
    return int(t) * 1000000000


class terminal_size(tuple):
    """The size of a terminal: columns and lines."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0
    __match_args__ = ('columns', 'lines')

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % tuple(self)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


terminal_size.__module__ = 'os'


def get_terminal_size(fd=1):
    """The size of the terminal on descriptor fd."""
    return terminal_size(_os.get_terminal_size(fd))


class _Environ:
    """os.environ: the process environment as a mapping of str to str; changes reach
    getenv() and child processes."""

    def __init__(self, items):
        self._data = dict(items)

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        if not isinstance(other, dict):
            return NotImplemented
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % kv for kv in self._data.items())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(list(self._data)))
        value = self._data[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ_items())


def getenv(key, default=None):
    """The value of an environment variable, or default."""
    return environ.get(key, default)


def _walk_error(onerror, err):
    if onerror is not None:
        onerror(err)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each folder of the tree under top."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = scandir(top)
        except OSError as error:
            _walk_error(onerror, error)
            continue
        cont = False
        with entries:
            while True:
                try:
                    entry = next(entries)
                except StopIteration:
                    break
                except OSError as error:
                    _walk_error(onerror, error)
                    cont = True
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if cont:
            continue
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


class DirEntry:
    """One entry of a folder listed by scandir(): its name and path, with the file type and
    status asked of the system once and remembered."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, folder, name):
        self.name = name
        self.path = path.join(folder, name)
        self._lstat = None
        self._stat = None

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self._get_lstat()
            return self._stat
        return self._get_lstat()

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self._get_lstat().st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return None

    def is_dir(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and (m & 0o170000) == 0o040000

    def is_file(self, *, follow_symlinks=True):
        m = self._mode(follow_symlinks)
        return m is not None and (m & 0o170000) == 0o100000

    def is_symlink(self):
        m = self._mode(False)
        return m is not None and (m & 0o170000) == 0o120000

    def is_junction(self):
        return False

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    __slots__ = ('_folder', '_names', '_closed')

    def __init__(self, folder, names):
        self._folder = folder
        self._names = iter(names)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        for name in self._names:
            return DirEntry(self._folder, name)
        self._closed = True
        raise StopIteration

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a folder."""
    if path is None:
        path = '.'
    p = fspath(path)
    return _ScandirIterator(p, listdir(p))


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a folder and any missing parents."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes a folder, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Renames, creating the folders the new name needs and removing emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open descriptor."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def device_encoding(fd):
    """The encoding of a terminal descriptor, else None."""
    if isatty(fd):
        return 'UTF-8'
    return None

