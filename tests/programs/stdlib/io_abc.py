# io: the abstract classes over _io's bases, with the concrete classes registered under them.
import io, _io, sys
print(io.IOBase, io.RawIOBase, io.TextIOBase, io.BufferedIOBase, io.UnsupportedOperation)
print(io.StringIO, io.FileIO, io.open is open, io.SEEK_END, sorted(io.__all__) == sorted(n for n in io.__all__ if hasattr(io, n)))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))
print(isinstance(io.BytesIO(), io.RawIOBase), issubclass(io.FileIO, io.RawIOBase), issubclass(io.FileIO, io.IOBase))
class My(io.RawIOBase):
    def readinto(self, b):
        b[:2] = b"hi"; return 2
    def readable(self): return True
m = My()
print(m.read(2), isinstance(m, io.IOBase), isinstance(m, _io._RawIOBase), My.__mro__)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e, isinstance(e, OSError), isinstance(e, ValueError))
print(io.IOBase.__doc__ == _io._IOBase.__doc__, io.TextIOWrapper.__module__, io.IOBase.__module__)
print('io' in sys.builtin_module_names, '_io' in sys.builtin_module_names, 'sys' in sys.builtin_module_names)
