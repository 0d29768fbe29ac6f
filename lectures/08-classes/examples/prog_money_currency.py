# Money with currencies: immutable value objects, arithmetic restricted to one currency, formatting.
class CurrencyMismatch(TypeError):
    pass

class Money:
    __slots__ = ('_cents', '_cur')
    SYMBOLS = {'EUR': '€', 'USD': '$', 'GBP': '£'}

    def __init__(self, amount, currency='EUR'):
        if currency not in self.SYMBOLS:
            raise ValueError(f'unknown currency {currency!r}')
        object.__setattr__(self, '_cents', round(amount * 100))
        object.__setattr__(self, '_cur', currency)

    def __setattr__(self, name, value):
        raise AttributeError(f'Money is immutable (tried to set {name!r})')

    @classmethod
    def _from_cents(cls, cents, cur):
        return cls(cents / 100, cur)

    def _same(self, other):
        if not isinstance(other, Money):
            return False
        if other._cur != self._cur:
            raise CurrencyMismatch(f'cannot combine {self._cur} and {other._cur}')
        return True

    def __add__(self, other):
        if other == 0:
            return self
        if not self._same(other):
            return NotImplemented
        return Money._from_cents(self._cents + other._cents, self._cur)
    __radd__ = __add__

    def __mul__(self, k):
        return Money._from_cents(round(self._cents * k), self._cur)
    __rmul__ = __mul__

    def split(self, n):
        base, extra = divmod(self._cents, n)
        return [Money._from_cents(base + (1 if i < extra else 0), self._cur) for i in range(n)]

    def __eq__(self, other):
        if isinstance(other, int) and other == 0:
            return self._cents == 0
        return isinstance(other, Money) and (self._cents, self._cur) == (other._cents, other._cur)

    def __hash__(self):
        return hash((self._cents, self._cur))

    def __lt__(self, other):
        self._same(other)
        return self._cents < other._cents

    def __str__(self):
        return f'{self.SYMBOLS[self._cur]}{self._cents // 100}.{self._cents % 100:02d}'

    def __repr__(self):
        return f'Money({self._cents / 100!r}, {self._cur!r})'

a, b = Money(10.5), Money(2.25)
print(a + b, a * 3, 2 * b, sum([a, b, Money(1)]), repr(a))
print([str(m) for m in Money(10).split(3)], sorted([a, b]), a > b)
print(Money(1, 'USD') == Money(1, 'USD'), Money(1, 'USD') == Money(1), len({a, Money(10.5)}))
for bad in [lambda: a + Money(1, 'USD'), lambda: Money(1, 'JPY'), lambda: setattr(a, '_cents', 0), lambda: a + 'x']:
    try:
        bad()
    except (CurrencyMismatch, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(CurrencyMismatch(), TypeError))
