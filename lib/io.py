"""The io module: streams of text and bytes over files and memory.

The classes themselves are those of the built-in _io module; this module adds the abstract
classes IOBase, RawIOBase, BufferedIOBase and TextIOBase over their _io bases, with the
concrete classes registered under them.
"""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO", "BytesIO",
           "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRandom",
           "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

import _io
import abc

from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                 FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRandom,
                 TextIOWrapper, text_encoding)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase(_io._IOBase, metaclass=abc.ABCMeta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls


_MISSING = object()


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode.

    It wraps another incremental decoder (or None: the input is then text already), keeps a
    trailing carriage return until it knows what follows, records the kinds of newline seen
    (the newlines attribute) and, with translate, turns each of them into a newline.
    """

    _LF, _CR, _CRLF = 1, 2, 4

    def __init__(self, decoder=_MISSING, translate=_MISSING, errors="strict"):
        for i, (name, value) in enumerate((("decoder", decoder), ("translate", translate))):
            if value is _MISSING:
                raise TypeError(f"IncrementalNewlineDecoder() missing required argument "
                                f"'{name}' (pos {i + 1})")
        self._decoder = decoder
        self._translate = bool(translate)
        self._seen = 0
        self._pendingcr = False

    def decode(self, input, final=False):
        if self._decoder is None:
            output = input
        else:
            output = self._decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError(f"decoder should return a string result, not "
                            f"'{type(output).__name__}'")
        if self._pendingcr and (output or final):
            output = "\r" + output
            self._pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self._pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        if lf:
            self._seen |= self._LF
        if cr:
            self._seen |= self._CR
        if crlf:
            self._seen |= self._CRLF
        if self._translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self._decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self._decoder.getstate()
        return buf, (flag << 1) | self._pendingcr

    def setstate(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state argument must be a tuple")
        try:
            buf, flag = state
            flag = _index(flag)
        except (TypeError, ValueError):
            raise TypeError("setstate(): illegal state argument") from None
        self._pendingcr = bool(flag & 1)
        if self._decoder is not None:
            self._decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._pendingcr = False
        if self._decoder is not None:
            self._decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self._seen]


def _index(v):
    import operator
    return operator.index(v)
