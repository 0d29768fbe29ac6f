# Polynomials: coefficient lists, +, -, *, evaluation via __call__, derivative, __eq__, __repr__.
class Polynomial:
    def __init__(self, *coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @property
    def degree(self):
        return len(self.coeffs) - 1

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Polynomial(other)
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Polynomial(*[x + y for x, y in zip(a, b)])
    __radd__ = __add__

    def __neg__(self):
        return Polynomial(*[-c for c in self.coeffs])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Polynomial(*[c * other for c in self.coeffs])
        out = [0] * (len(self.coeffs) + len(other.coeffs) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(*out)
    __rmul__ = __mul__

    def __pow__(self, n):
        result = Polynomial(1)
        for _ in range(n):
            result = result * self
        return result

    def derivative(self):
        return Polynomial(*[i * c for i, c in enumerate(self.coeffs)][1:])

    def __eq__(self, other):
        return isinstance(other, Polynomial) and self.coeffs == other.coeffs

    def __repr__(self):
        terms = []
        for i, c in reversed(list(enumerate(self.coeffs))):
            if c == 0 and self.degree > 0:
                continue
            var = '' if i == 0 else 'x' if i == 1 else f'x^{i}'
            coef = '' if c == 1 and i else '-' if c == -1 and i else str(c)
            terms.append(coef + var)
        return ' + '.join(terms).replace('+ -', '- ')

x = Polynomial(0, 1)
p = 3 * x ** 2 - 2 * x + 1
q = x + 1
print(p, '|', q, '|', p + q, '|', p * q, '|', p - p)
print(p(0), p(2), [q(i) for i in range(4)], p.degree, (p * q).degree)
print(p.derivative(), (x ** 3).derivative(), Polynomial(5).derivative())
print((x + 1) ** 2 == x * x + 2 * x + 1, 2 + x, Polynomial(0, 0, 0))
