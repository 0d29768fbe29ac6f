# Subclassing float and bytes.
class Celsius(float):
    def __repr__(self):
        return f'{float(self):.1f}°C'
    def to_f(self):
        return Celsius(self * 9 / 5 + 32)
c = Celsius(21.5)
print(c, repr(c), c.to_f(), c + 1, type(c + 1).__name__, c.is_integer(), round(c))
print(Celsius('3.25'), Celsius(2) == 2, f'{c:.3f}', int(c), [c])
class Blob(bytes):
    def hex_upper(self):
        return self.hex().upper()
b = Blob(b'\x01\xab')
print(b, b.hex_upper(), len(b), b[0], type(b[:1]).__name__, b == b'\x01\xab')
class Tagged(bytes):
    def __new__(cls, data, tag):
        obj = super().__new__(cls, data)
        obj.tag = tag
        return obj
t = Tagged(b'xyz', 'T')
print(t, t.tag, t.decode(), t.upper(), type(t.upper()).__name__)
print(Blob([65, 66]), Blob(3), Blob('hé', 'utf-8'))
