# Subclassing str: methods return plain str; comparison and hashing as str.
class Name(str):
    def greet(self):
        return 'hello ' + self
    def __repr__(self):
        return f'Name({str.__repr__(self)})'
n = Name('ann')
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, type(n + 'x').__name__)
print(n == 'ann', {n: 1}['ann'], len(n), n[0], type(n[0]).__name__, 'n' in n)
print(f'{n}', f'{n!r}', '%s' % n, str(n), type(str(n)).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper('abc'), Upper('x') + Upper('y'), sorted([Upper('b'), Upper('a')]))
class Path(str):
    def __truediv__(self, other):
        return Path(self + '/' + other)
print(Path('usr') / 'lib' / 'python', type(Path('a') / 'b').__name__)
print(','.join([Name('a'), Name('b')]), Name('a b').split())
