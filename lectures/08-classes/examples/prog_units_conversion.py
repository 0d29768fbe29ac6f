# Physical quantities with units: __add__ checks units, __mul__ combines them, __format__ prints them.
class UnitError(TypeError):
    pass

class Quantity:
    def __init__(self, value, unit=''):
        self.value = value
        self.unit = unit

    def __add__(self, other):
        if not isinstance(other, Quantity):
            return NotImplemented
        if other.unit != self.unit:
            raise UnitError(f'cannot add {self.unit or "1"} and {other.unit or "1"}')
        return Quantity(self.value + other.value, self.unit)

    def __sub__(self, other):
        return self + Quantity(-other.value, other.unit)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Quantity(self.value * other, self.unit)
        unit = '*'.join([u for u in (self.unit, other.unit) if u])
        return Quantity(self.value * other.value, unit)
    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, (int, float)):
            return Quantity(self.value / other, self.unit)
        if self.unit == other.unit:
            return Quantity(self.value / other.value)
        return Quantity(self.value / other.value, f'{self.unit}/{other.unit}')

    def __eq__(self, other):
        return isinstance(other, Quantity) and (self.value, self.unit) == (other.value, other.unit)

    def __format__(self, spec):
        return f'{self.value:{spec}} {self.unit}'.rstrip()

    def __repr__(self):
        return f'Quantity({self.value!r}, {self.unit!r})'

m = lambda v: Quantity(v, 'm')
s = lambda v: Quantity(v, 's')
d = m(100) + m(50)
t = s(12)
speed = d / t
print(f'{d:.1f} in {t} -> {speed:.3f}')
print(repr(d * 2), repr(m(3) * m(4)), repr(m(10) / m(4)), m(5) - m(2) == m(3))
for bad in [lambda: m(1) + s(1), lambda: m(1) + 1]:
    try:
        bad()
    except UnitError as e:
        print('UnitError:', e)
    except TypeError as e:
        print('TypeError:', e)
print(f'{Quantity(2.5):>8.2f}|', isinstance(UnitError('x'), TypeError))
