"""The abstract base classes of containers: Iterable, Sequence, Mapping, Set and the rest."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableGenericAlias
