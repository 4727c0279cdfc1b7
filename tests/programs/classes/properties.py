# property: getter, setter, deleter, docstrings, and read-only errors.
class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def _get_k(self):
        return self._c + 273.15

    kelvin = property(_get_k, doc="Kelvin, read-only")


t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, t.kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
print(Temperature.celsius.__doc__, Temperature.kelvin.__doc__, type(Temperature.celsius).__name__)


class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return f"sub sees {self._c}"


s = Sub()
s.celsius = 5
print(s.celsius)
