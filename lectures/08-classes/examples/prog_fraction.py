# A Fraction class with normalisation, arithmetic (incl. reflected with int), comparison and hashing.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Fraction:
    __slots__ = ('num', 'den')

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f'Fraction({num}, 0)')
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Fraction):
            return x
        if isinstance(x, int):
            return Fraction(x)
        return None

    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, o):
        return Fraction(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o):
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f'{self.num}/{self.den}' if self.den != 1 else f'{self.num}'

half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, -half)
print(1 + half, 2 - third, 3 * third, half + 1 == Fraction(3, 2), Fraction(4, 2) == 2)
print(sorted([Fraction(3, 4), half, third, Fraction(-1, 5)]), float(Fraction(1, 8)))
print(sum([Fraction(1, n) for n in range(1, 5)]), len({Fraction(2, 4), half, Fraction(1, 2)}))
print(Fraction(6, -8), hash(Fraction(5)) == hash(5))
for bad in [lambda: Fraction(1, 0), lambda: half + 0.5, lambda: half / 0]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
