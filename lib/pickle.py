"""Serialization of Python objects to bytes and back: dumps/dump write a pickle (protocols
0 to 5), loads/load read one; Pickler and Unpickler are the classes behind them."""

import sys

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

bytes_types = (bytes, bytearray)
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    """The base of the pickling errors."""


class PicklingError(PickleError):
    """Raised for an object that cannot be pickled."""


class UnpicklingError(PickleError):
    """Raised for data that is not a valid pickle."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_TUPLESIZE2CODE = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
# The types whose pickling reducer_override does not change.
_ATOMIC = frozenset({type(None), bool, int, float, bytes, bytearray, str, tuple, list, dict,
                     set, frozenset})
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_BATCHSIZE = 1000

# The names of Python 2, used for protocols 0 to 2 (fix_imports).
_PY2_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg'}
_PY3_MODULES = {v: k for k, v in _PY2_MODULES.items()}
_PY2_NAMES = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('_functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _name in ('ArithmeticError AssertionError AttributeError BaseException BufferError '
              'BytesWarning DeprecationWarning EOFError EnvironmentError Exception '
              'FloatingPointError FutureWarning GeneratorExit IOError ImportError '
              'ImportWarning IndentationError IndexError KeyError KeyboardInterrupt '
              'LookupError MemoryError NameError NotImplementedError OSError OverflowError '
              'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning '
              'StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError '
              'TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError '
              'UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError '
              'Warning ZeroDivisionError').split():
    _PY2_NAMES['builtins', _name] = ('exceptions', _name)
for _name in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError '
              'ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError '
              'InterruptedError IsADirectoryError NotADirectoryError PermissionError '
              'ProcessLookupError TimeoutError').split():
    _PY2_NAMES['builtins', _name] = ('exceptions', 'OSError')
_PY3_NAMES = {}
for _key, _value in _PY2_NAMES.items():
    if _value[0] != 'exceptions':
        _PY3_NAMES[_value] = _key
_PY3_NAMES['__builtin__', 'basestring'] = ('builtins', 'str')
_PY3_NAMES['exceptions', 'StandardError'] = ('builtins', 'Exception')
del _name, _key, _value


def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _float_bits(x):
    """The IEEE 754 binary64 bits of x, as an int."""
    if x != x:
        return 0x7ff8000000000000
    sign = 1 << 63 if str(x).startswith('-') else 0
    x = abs(x)
    if x == float('inf'):
        return sign | 0x7ff0000000000000
    if x == 0:
        return sign
    text = x.hex()
    mantissa, _, exponent = text[2:].partition('p')
    lead, _, fraction = mantissa.partition('.')
    fraction = int((fraction + '0' * 13)[:13], 16)
    exponent = int(exponent)
    if lead == '0':
        return sign | fraction
    return sign | ((exponent + 1023) << 52) | fraction


def _float_from_bits(bits):
    sign = '-' if bits >> 63 else ''
    exponent = (bits >> 52) & 0x7ff
    fraction = bits & ((1 << 52) - 1)
    if exponent == 0x7ff:
        return float(sign + ('nan' if fraction else 'inf'))
    if exponent == 0:
        return float.fromhex(f'{sign}0x0.{fraction:013x}p-1022')
    return float.fromhex(f'{sign}0x1.{fraction:013x}p{exponent - 1023}')


def encode_long(x):
    """x in little-endian two's complement, as short as possible (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    """The int of little-endian two's complement bytes."""
    return int.from_bytes(data, byteorder='little', signed=True)


def _getattribute(obj, name):
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError(f"Can't get local attribute {name!r} on {obj!r}")
        parent = obj
        obj = getattr(obj, subpath)
    return obj, parent


def whichmodule(obj, name):
    """The name of the module holding obj (as name)."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _reconstructor(cls, base, state):
    """Rebuilds an object pickled with protocol 0 or 1 (copyreg's reconstructor)."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _codecs_encode(text, encoding):
    return text.encode(encoding)


_FALLBACKS = {
    ('copyreg', '_reconstructor'): _reconstructor,
    ('copyreg', '__newobj__'): _newobj,
    ('copyreg', '__newobj_ex__'): _newobj_ex,
    ('_codecs', 'encode'): _codecs_encode,
}


def _find_global(module, name):
    """module.name; the functions of copyreg and _codecs that pickles name are served
    here when those modules are not there."""
    if (module, name) in _FALLBACKS:
        try:
            __import__(module)
        except ImportError:
            return _FALLBACKS[module, name]
    __import__(module, level=0)
    return _getattribute(sys.modules[module], name)[0]


class _Output:
    """The bytes written, with protocol 4's framing."""

    def __init__(self, write, framing):
        self.file_write = write
        self.framing = framing
        self.frame = bytearray() if framing else None

    def write(self, data):
        if self.frame is not None:
            self.frame += data
        else:
            self.file_write(data)

    def commit_frame(self, force=False):
        if self.frame is None:
            return
        if len(self.frame) >= _FRAME_SIZE_TARGET or force:
            data = bytes(self.frame)
            self.frame = bytearray() if not force else None
            if len(data) >= _FRAME_SIZE_MIN:
                self.file_write(FRAME + _u64(len(data)))
            self.file_write(data)


def _dispatch_table(pickler):
    table = getattr(pickler, 'dispatch_table', None)
    if table is not None:
        return table
    copyreg = sys.modules.get('copyreg')
    if copyreg is None:
        try:
            import copyreg
        except ImportError:
            return {}
    return copyreg.dispatch_table


class Pickler:
    """Writes pickles of objects to a binary file (anything with a write(bytes) method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Forgets the objects already written (later ones are written again in full)."""
        self.memo.clear()

    def dump(self, obj):
        """Writes the pickle of obj."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % (self.__class__.__name__,))
        self._out = _Output(self._file_write, self.proto >= 4)
        self.write = self._out.write
        if self.proto >= 2:
            self._file_write(PROTO + bytes([self.proto]))
        self.save(obj)
        self.write(STOP)
        self._out.commit_frame(force=True)

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes([idx])
            return LONG_BINPUT + _u32(idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes([i])
            return LONG_BINGET + _u32(i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self._out.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        method = self._dispatch.get(t)
        if method is not None and t in _ATOMIC:
            method(self, obj)
            return
        rv = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            if method is not None:
                method(self, obj)
                return
            reduce = _dispatch_table(self).get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self.save_global(obj)
                return
            else:
                rv = self._reduce(obj)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % reduce)
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements"
                                % reduce)
        self.save_reduce(obj=obj, *rv)

    def _reduce(self, obj):
        cls = type(obj)
        if cls is complex:
            return complex, (obj.real, obj.imag)
        reduce_ex = getattr(cls, '__reduce_ex__', None)
        reduce = getattr(cls, '__reduce__', None)
        if reduce_ex is not object.__reduce_ex__:
            return obj.__reduce_ex__(self.proto)
        if reduce is not object.__reduce__:
            return obj.__reduce__()
        return _default_reduce(obj, self.proto)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                func = _partial_new(cls, args, kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_none(self, obj):
        self.write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + bytes([obj]))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + obj.to_bytes(2, 'little'))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes([n]) + encoded)
            else:
                self.write(LONG4 + n.to_bytes(4, 'little', signed=True) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + _float_bits(obj).to_bytes(8, 'big'))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode_ref, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + _u64(n) + obj)
        else:
            self.write(BINBYTES + _u32(n) + obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self.write(BYTEARRAY8 + _u64(len(obj)) + bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + _u64(n) + encoded)
            else:
                self.write(BINUNICODE + _u32(n) + encoded)
        else:
            escaped = (obj.replace("\\", "\\u005c").replace("\0", "\\u0000")
                       .replace("\n", "\\u000a").replace("\r", "\\u000d")
                       .replace("\x1a", "\\u001a"))
            self.write(UNICODE + _raw_unicode_escape(escaped) + b'\n')
        self.memoize(obj)

    def save_tuple(self, obj):
        if not obj:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:
                self.write(POP * n + self.get(memo[id(obj)][0]))
            else:
                self.write(_TUPLESIZE2CODE[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                self.write(POP_MARK + get)
            else:
                self.write(POP * (n + 1) + get)
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for item in it:
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            if batch:
                self.write(MARK)
                for item in batch:
                    self.save(item)
                self.write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if id(obj) in self.memo:
            self.write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        if '<locals>' in name.split('.'):
            raise AttributeError(f"Can't pickle local object {name!r}")
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.fix_imports:
                mapped = _PY2_NAMES.get((module_name, name))
                if mapped is not None:
                    module_name, name = mapped
                else:
                    module_name = _PY2_MODULES.get(module_name, module_name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' +
                      bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using "
                                    "pickle protocol %i" % (module_name, name, self.proto))
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    _dispatch = {}


Pickler._dispatch.update({
    type(None): Pickler.save_none, bool: Pickler.save_bool, int: Pickler.save_long,
    float: Pickler.save_float, bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray, str: Pickler.save_str, tuple: Pickler.save_tuple,
    list: Pickler.save_list, dict: Pickler.save_dict, set: Pickler.save_set,
    frozenset: Pickler.save_frozenset, type: Pickler.save_type,
    type(len): Pickler.save_global, type(_u32): Pickler.save_global,
})


def _partial_new(cls, args, kwargs):
    from functools import partial
    return partial(cls.__new__, cls, *args, **kwargs)


def _default_reduce(obj, proto):
    """object.__reduce_ex__(proto) for instances of classes that do not define their
    own reduction."""
    cls = type(obj)
    getstate = getattr(obj, '__getstate__', None)
    if proto >= 2:
        getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
        kwargs = None
        if getnewargs_ex is not None:
            args, kwargs = getnewargs_ex()
        else:
            getnewargs = getattr(obj, '__getnewargs__', None)
            args = getnewargs() if getnewargs is not None else ()
        state = getstate() if getstate is not None else getattr(obj, '__dict__', None)
        listitems = iter(obj) if isinstance(obj, list) else None
        dictitems = iter(obj.items()) if isinstance(obj, dict) else None
        if kwargs:
            return (_newobj_ex_marker, (cls, tuple(args), kwargs), state, listitems,
                    dictitems)
        return (_newobj_marker, (cls,) + tuple(args), state, listitems, dictitems)
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & (1 << 9):
            break
        new = base.__new__
        if isinstance(new, type(_u32)) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    if getstate is not None and getattr(cls, '__getstate__', None) is object.__getstate__ \
            and getattr(obj, '__slots__', None):
        raise TypeError("a class that defines __slots__ without defining __getstate__ "
                        "cannot be pickled")
    dict_state = getstate() if getstate is not None else getattr(obj, '__dict__', None)
    if dict_state:
        return _reconstructor_marker, args, dict_state
    return _reconstructor_marker, args


class _GlobalRef:
    """Stands for a function of copyreg or _codecs in a reduction (pickled by that
    name)."""

    def __init__(self, module, name, func):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = module
        self.func = func

    def __call__(self, *args):
        return self.func(*args)


_newobj_marker = _GlobalRef('copyreg', '__newobj__', _newobj)
_newobj_ex_marker = _GlobalRef('copyreg', '__newobj_ex__', _newobj_ex)
_reconstructor_marker = _GlobalRef('copyreg', '_reconstructor', _reconstructor)
_codecs_encode_ref = _GlobalRef('_codecs', 'encode', _codecs_encode)


def _save_global_ref(self, obj):
    module = obj.__module__
    if self.proto >= 4:
        self.save(module)
        self.save(obj.__name__)
        self.write(STACK_GLOBAL)
    else:
        if self.fix_imports:
            module = _PY2_MODULES.get(module, module)
        self.write(GLOBAL + module.encode() + b'\n' + obj.__name__.encode() + b'\n')
    self.memo[id(obj)] = len(self.memo), obj
    self.write(self.put(len(self.memo) - 1))


Pickler._dispatch[_GlobalRef] = _save_global_ref


class _Input:
    """Reads a pickle from bytes or from a file, honouring protocol 4's frames."""

    def __init__(self, file):
        self.file_read = file.read
        self.file_readline = file.readline
        self.frame = None
        self.pos = 0

    def read(self, n):
        if self.frame is not None:
            if self.pos + n <= len(self.frame):
                data = self.frame[self.pos:self.pos + n]
                self.pos += n
                return data
            if self.pos != len(self.frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        if self.frame is not None:
            end = self.frame.find(b'\n', self.pos)
            if end >= 0:
                data = self.frame[self.pos:end + 1]
                self.pos = end + 1
                return data
            if self.pos != len(self.frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def load_frame(self, size):
        if self.frame is not None and self.pos != len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self.frame = self.file_read(size)
        self.pos = 0
        if len(self.frame) < size:
            raise UnpicklingError("pickle data was truncated")


class _BytesFile:
    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0

    def read(self, n):
        data = self.data[self.pos:self.pos + n]
        self.pos += len(data)
        return data

    def readline(self):
        end = self.data.find(b'\n', self.pos)
        end = len(self.data) if end < 0 else end + 1
        data = self.data[self.pos:end]
        self.pos = end
        return data

    def write(self, data):
        raise TypeError("read-only")


class Unpickler:
    """Reads pickles from a binary file (anything with read(n) and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=()):
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Reads one pickle and returns the object it holds."""
        if not hasattr(self, "_file"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % (self.__class__.__name__,))
        self._in = _Input(self._file)
        self.metastack = []
        self.stack = []
        self.proto = 0
        read = self._in.read
        dispatch = self._dispatch
        first = True
        try:
            while True:
                key = self._in.file_read(1) if first and self._in.frame is None else None
                if key is None:
                    key = read(1)
                if not key:
                    if first:
                        raise EOFError("Ran out of input")
                    raise UnpicklingError("pickle data was truncated")
                first = False
                handler = dispatch.get(key[0])
                if handler is None:
                    raise UnpicklingError("invalid load key, %r." % chr(key[0]))
                handler(self)
        except _Stop as stopinst:
            return stopinst.value

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no "
                              "persistent_load function was specified.")

    def find_class(self, module, name):
        """The object module.name (called for global references in the pickle)."""
        sys.audit('pickle.find_class', module, name) if hasattr(sys, 'audit') else None
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _PY3_NAMES:
                module, name = _PY3_NAMES[module, name]
            elif module == 'exceptions':
                module = 'builtins'
            else:
                module = _PY3_MODULES.get(module, module)
        if self.proto >= 4 and '.' in name:
            __import__(module, level=0)
            return _getattribute(sys.modules[module], name)[0]
        return _find_global(module, name)

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _line(self):
        return self._in.readline()[:-1]

    def load_proto(self):
        proto = self._in.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        size = int.from_bytes(self._in.read(8), 'little')
        self._in.load_frame(size)

    def load_persid(self):
        try:
            pid = self._line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self.stack.pop()
        self.stack.append(self.persistent_load(pid))

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        data = self._line()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data, 0)
        self.stack.append(val)

    def load_binint(self):
        self.stack.append(int.from_bytes(self._in.read(4), 'little', signed=True))

    def load_binint1(self):
        self.stack.append(self._in.read(1)[0])

    def load_binint2(self):
        self.stack.append(int.from_bytes(self._in.read(2), 'little'))

    def load_long(self):
        val = self._line()
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.stack.append(int(val, 0))

    def load_long1(self):
        n = self._in.read(1)[0]
        self.stack.append(decode_long(self._in.read(n)))

    def load_long4(self):
        n = int.from_bytes(self._in.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._in.read(n)))

    def load_float(self):
        self.stack.append(float(self._line()))

    def load_binfloat(self):
        self.stack.append(_float_from_bits(int.from_bytes(self._in.read(8), 'big')))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.stack.append(self._decode_string(_unescape_bytes(data)))

    def load_binstring(self):
        n = int.from_bytes(self._in.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._in.read(n)))

    def load_short_binstring(self):
        n = self._in.read(1)[0]
        self.stack.append(self._decode_string(self._in.read(n)))

    def load_binbytes(self):
        n = int.from_bytes(self._in.read(4), 'little')
        self.stack.append(self._in.read(n))

    def load_short_binbytes(self):
        n = self._in.read(1)[0]
        self.stack.append(self._in.read(n))

    def load_binbytes8(self):
        n = int.from_bytes(self._in.read(8), 'little')
        self.stack.append(self._in.read(n))

    def load_bytearray8(self):
        n = int.from_bytes(self._in.read(8), 'little')
        self.stack.append(bytearray(self._in.read(n)))

    def load_unicode(self):
        self.stack.append(_raw_unicode_unescape(self._line()))

    def load_binunicode(self):
        n = int.from_bytes(self._in.read(4), 'little')
        self.stack.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n = int.from_bytes(self._in.read(8), 'little')
        self.stack.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._in.read(1)[0]
        self.stack.append(str(self._in.read(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dictionary(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self.pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def load_inst(self):
        module = self._line().decode("ascii")
        name = self._line().decode("ascii")
        klass = self.find_class(module, name)
        args = self.pop_mark()
        self._instantiate(klass, args)

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__"):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err)),
                                err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def load_newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._line().decode("utf-8")
        name = self._line().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        self.stack[-1] = func(*args)

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.stack.append(self.stack[-1])

    def _memo_get(self, i):
        try:
            self.stack.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self._line()))

    def load_binget(self):
        self._memo_get(self._in.read(1)[0])

    def load_long_binget(self):
        self._memo_get(int.from_bytes(self._in.read(4), 'little'))

    def load_put(self):
        i = int(self._line())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = self.stack[-1]

    def load_binput(self):
        self.memo[self._in.read(1)[0]] = self.stack[-1]

    def load_long_binput(self):
        self.memo[int.from_bytes(self._in.read(4), 'little')] = self.stack[-1]

    def load_memoize(self):
        self.memo[len(self.memo)] = self.stack[-1]

    def load_append(self):
        value = self.stack.pop()
        self.stack[-1].append(value)

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self.stack[-1][key] = value

    def load_setitems(self):
        items = self.pop_mark()
        target = self.stack[-1]
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            for item in items:
                set_obj.add(item)

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None and not _is_default_setstate(inst):
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def load_stop(self):
        value = self.stack.pop()
        raise _Stop(value)

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no "
                                  "*buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        pass

    _dispatch = {}


def _raw_unicode_escape(text):
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x100:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


def _raw_unicode_unescape(data):
    chars = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 92 and i + 1 < n and data[i + 1] in b'uU':
            width = 4 if data[i + 1] == ord('u') else 8
            digits = data[i + 2:i + 2 + width]
            if len(digits) == width:
                try:
                    chars.append(chr(int(digits, 16)))
                    i += 2 + width
                    continue
                except ValueError:
                    pass
        chars.append(chr(c))
        i += 1
    return ''.join(chars)


def _is_default_setstate(inst):
    return getattr(type(inst), '__setstate__', None) is None


def _unescape_bytes(data):
    out = bytearray()
    i = 0
    simple = {ord('n'): 10, ord('t'): 9, ord('r'): 13, ord('\\'): 92, ord("'"): 39,
              ord('"'): 34, ord('0'): 0}
    while i < len(data):
        c = data[i]
        if c == 92 and i + 1 < len(data):
            e = data[i + 1]
            if e == ord('x') and i + 3 < len(data):
                out.append(int(data[i + 2:i + 4], 16))
                i += 4
                continue
            if e in simple:
                out.append(simple[e])
                i += 2
                continue
        out.append(c)
        i += 1
    return bytes(out)


for _name, _code in list(globals().items()):
    if isinstance(_code, bytes) and len(_code) == 1 and _name.isupper():
        _method = getattr(Unpickler, 'load_' + _name.lower(), None)
        if _method is not None:
            Unpickler._dispatch[_code[0]] = _method
Unpickler._dispatch.update({
    NEWTRUE[0]: Unpickler.load_true, NEWFALSE[0]: Unpickler.load_false,
    EMPTY_DICT[0]: Unpickler.load_empty_dictionary,
})
del _name, _code, _method


class _BytesOutput:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data)

    def getvalue(self):
        return b''.join(self.parts)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the binary file `file`."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes (protocol 0 to 5, default DEFAULT_PROTOCOL)."""
    out = _BytesOutput()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """The object of the pickle read from the binary file `file`."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    """The object of the pickle `data` (a bytes-like object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesFile(data), fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()
