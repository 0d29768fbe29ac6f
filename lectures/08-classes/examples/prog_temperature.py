# A Temperature class with properties for three scales, validation and comparisons.
class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f'temperature must be a number, not {type(value).__name__}')
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f'{value} is below absolute zero')
        self._c = float(value)

    @property
    def fahrenheit(self):
        return round(self._c * 9 / 5 + 32, 2)

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

    @property
    def kelvin(self):
        return round(self._c - self.ABSOLUTE_ZERO, 2)

    @kelvin.setter
    def kelvin(self, k):
        self.celsius = k + self.ABSOLUTE_ZERO

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self):
        return f'Temperature({self._c:.2f}°C)'

    def __eq__(self, other):
        return isinstance(other, Temperature) and abs(self._c - other._c) < 1e-9

    def __lt__(self, other):
        return self._c < other._c

    def __add__(self, delta):
        return Temperature(self._c + delta)

t = Temperature(25)
print(t, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t, t.celsius)
t.kelvin = 0
print(t, t.fahrenheit)
print(Temperature.from_fahrenheit(32) == Temperature(0), Temperature(10) < Temperature(20))
print(sorted([Temperature(30), Temperature(-5), Temperature(12)]), Temperature(1) + 2.5)
for bad in [lambda: Temperature(-300), lambda: Temperature('hot'), lambda: setattr(t, 'kelvin', -1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(Temperature.__dict__['celsius']).__name__, Temperature.celsius.fset.__name__)
del t.celsius
