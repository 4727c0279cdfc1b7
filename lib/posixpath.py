"""Operations on POSIX path names (os.path): joining, splitting and normalizing names, and
questions about the files they name."""

import _os

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath",
           "isjunction"]

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    kind = type(p)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not " + kind.__name__) from None
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        kind.__name__, type(result).__name__))


def _seps(p):
    if isinstance(p, bytes):
        return b'/'
    return '/'


def _check_arg_types(funcname, *args):
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Case folding: nothing on POSIX."""
    return _fspath(s)


def isabs(s):
    """Whether a path is absolute."""
    s = _fspath(s)
    return s.startswith(_seps(s))


def join(a, *p):
    """Joins path parts; an absolute part discards what came before."""
    a = _fspath(a)
    sep = _seps(a)
    path = a
    try:
        if not p:
            path[:0] + sep
        for b in map(_fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is the part after the last slash."""
    p = _fspath(p)
    sep = _seps(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows, ignoring leading dots."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    """(drive, path): the drive is always empty on POSIX."""
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail) of a path."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, empty = b'/', b''
    else:
        sep, empty = '/', ''
    if p[:1] != sep:
        return empty, empty, p
    elif p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    else:
        return empty, p[:2], p[2:]


def basename(p):
    """The final component of a path."""
    p = _fspath(p)
    i = p.rfind(_seps(p)) + 1
    return p[i:]


def dirname(p):
    """The folder part of a path."""
    p = _fspath(p)
    sep = _seps(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest common leading part of the strings in a list (character by character)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def _stat(p):
    return _os.stat(p, True)


def exists(path):
    """Whether a path names an existing file (False for a broken link)."""
    try:
        _stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Whether a path names an existing file or link."""
    try:
        _os.stat(path, False)
    except (OSError, ValueError):
        return False
    return True


def _mode_is(path, kind, follow=True):
    try:
        st = _os.stat(path, follow)
    except (OSError, ValueError):
        return False
    return st[0] & _S_IFMT == kind


def isfile(path):
    """Whether a path names a regular file."""
    return _mode_is(path, _S_IFREG)


def isdir(s):
    """Whether a path names a folder."""
    return _mode_is(s, _S_IFDIR)


def islink(path):
    """Whether a path names a symbolic link."""
    return _mode_is(path, _S_IFLNK, False)


def isjunction(path):
    """Whether a path is a junction: never on POSIX."""
    _fspath(path)
    return False


def ismount(path):
    """Whether a path is a mount point."""
    try:
        s1 = _os.stat(path, False)
    except (OSError, ValueError):
        return False
    if s1[0] & _S_IFMT == _S_IFLNK:
        return False
    path = _fspath(path)
    if isinstance(path, bytes):
        parent = join(path, b'..')
    else:
        parent = join(path, '..')
    parent = realpath(parent)
    try:
        s2 = _os.stat(parent, False)
    except (OSError, ValueError):
        return False
    return s1[2] != s2[2] or s1[1] == s2[1]


def getsize(filename):
    """The size of a file in bytes."""
    return _stat(filename)[6]


def getmtime(filename):
    """The time of last modification of a file."""
    return _stat(filename)[11]


def getatime(filename):
    """The time of last access of a file."""
    return _stat(filename)[10]


def getctime(filename):
    """The time of last metadata change of a file."""
    return _stat(filename)[12]


def samestat(s1, s2):
    """Whether two stat results are of the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    s1 = _stat(f1)
    s2 = _stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def sameopenfile(fp1, fp2):
    """Whether two descriptors are of the same file."""
    s1 = _os.fstat(fp1)
    s2 = _os.fstat(fp2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def expanduser(path):
    """Replaces a leading ~ or ~user by that user's home folder."""
    path = _fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _seps(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        import os
        userhome = os.environ.get('HOME')
        if userhome is None:
            userhome = _home_of(None)
            if userhome is None:
                return path
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        userhome = _home_of(name)
        if userhome is None:
            return path
    if isinstance(path, bytes):
        userhome = userhome.encode('utf-8', 'surrogateescape')
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _home_of(name):
    """The home folder of a user (the current one for None), from /etc/passwd."""
    uid = None if name is not None else _os.getuid()
    try:
        with open('/etc/passwd', encoding='utf-8', errors='surrogateescape') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) < 7:
                    continue
                if name is not None and fields[0] == name:
                    return fields[5]
                if uid is not None and fields[2] == str(uid):
                    return fields[5]
    except OSError:
        return None
    return None


def _var_end(path, start, chars):
    i = start
    while i < len(path) and path[i:i + 1] in chars:
        i += 1
    return i


def expandvars(path):
    """Replaces $name and ${name} by the values of environment variables that are set."""
    path = _fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        word = b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
    else:
        if '$' not in path:
            return path
        dollar, lbrace, rbrace = '$', '{', '}'
        word = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
    import os
    i = 0
    while True:
        i = path.find(dollar, i)
        if i < 0:
            break
        if path[i + 1:i + 2] == lbrace:
            j = path.find(rbrace, i + 2)
            if j < 0 or j == i + 2:
                i += 1
                continue
            name = path[i + 2:j]
            end = j + 1
        else:
            j = _var_end(path, i + 1, word)
            if j == i + 1:
                i += 1
                continue
            name = path[i + 1:j]
            end = j
        if isinstance(name, bytes):
            key = name.decode('utf-8', 'surrogateescape')
        else:
            key = name
        if key in os.environ:
            value = os.environ[key]
            if isinstance(path, bytes):
                value = value.encode('utf-8', 'surrogateescape')
            tail = path[end:]
            path = path[:i] + value
            i = len(path)
            path += tail
        else:
            i = end
    return path


def normpath(path):
    """Collapses redundant separators and up-level references (A//B, A/./B, A/foo/../B)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        sep, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    _, initial_slashes, path = splitroot(path)
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = initial_slashes + sep.join(new_comps)
    return path or dot


def abspath(path):
    """The absolute, normalized form of a path."""
    path = _fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = _os.getcwdb()
        else:
            cwd = _os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, normalized."""
    filename = _fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    if isinstance(path, bytes):
        sep, curdir_, pardir_ = b'/', b'.', b'..'
    else:
        sep, curdir_, pardir_ = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir_:
            continue
        if name == pardir_:
            if path:
                path, name = split(path)
                if name == pardir_:
                    path = join(path, pardir_, pardir_)
            else:
                path = pardir_
            continue
        newpath = join(path, name)
        try:
            st = _os.stat(newpath, False)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = st[0] & _S_IFMT == _S_IFLNK
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            if strict:
                _os.stat(newpath, True)
            return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, _os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """A relative path to a file from the current folder or from start."""
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b'.', b'/', b'..'
    else:
        curdir_, sep, pardir_ = '.', '/', '..'
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir_
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b'/', b'.'
    else:
        sep, curdir_ = '/', '.'
    try:
        split_paths = [p.split(sep) for p in paths]
        try:
            isabs_, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs_ else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
