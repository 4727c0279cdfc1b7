"""Conversion between Python values and C structs packed in bytes, by format strings."""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']

from _struct import calcsize, pack, pack_into, unpack, unpack_from, iter_unpack, Struct, error
