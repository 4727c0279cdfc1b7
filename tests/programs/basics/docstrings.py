"""Module docstring."""


def documented():
    """Function docstring."""
    return 1


def undocumented():
    x = "not a docstring"
    return x


class K:
    """Class docstring."""

    def method(self):
        """Method docstring."""


class Empty:
    pass


def f_string_is_not_doc():
    f"""not {1} a docstring"""


def bytes_is_not_doc():
    b"""bytes"""


def number_first():
    1
    """after a statement"""


print(__doc__)
print(documented.__doc__)
print(undocumented.__doc__)
print(K.__doc__, K.method.__doc__, Empty.__doc__)
print(f_string_is_not_doc.__doc__, bytes_is_not_doc.__doc__, number_first.__doc__)
lam = lambda: "x"
print(lam.__doc__)


def multi():
    """
    Indented
        more indented
    back.
    """


print(repr(multi.__doc__))
