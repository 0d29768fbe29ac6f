# Subclassing int: value semantics from int, extra methods and repr from the subclass.
class Money(int):
    def __repr__(self):
        return f'Money({int(self)})'
    def __str__(self):
        return f'${int(self)}'
m = Money(42)
print(m, repr(m), m + 1, type(m + 1).__name__, m * 2, -m)
print(isinstance(m, int), m == 42, hash(m) == hash(42), {m: 'x'}[42])
print(f'{m}', f'{m:05d}', int(m), type(int(m)).__name__, bool(Money(0)))
class Flags(int):
    def __new__(cls, v, name):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
f = Flags(3, 'three')
print(f, f.name, f.real, f.bit_length(), f & 1, [1, 2, 3, 4][f])
class Add(int):
    def __add__(self, o):
        return Add(int(self) + int(o) + 100)
print(Add(1) + 1, 1 + Add(1), type(1 + Add(1)).__name__)
print(Money.__mro__, Money(7) // 2, divmod(Money(7), 2))
print(Money('12'), Money('ff', 16), Money(3.9))
