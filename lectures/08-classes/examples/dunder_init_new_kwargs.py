# __init__ with defaults, keyword-only arguments, *args and **kwargs.
class Opts:
    def __init__(self, name, *values, sep=',', **extra):
        self.name, self.values, self.sep, self.extra = name, values, sep, extra
    def __repr__(self):
        return f'Opts({self.name!r}, {self.values}, sep={self.sep!r}, extra={self.extra})'
print(Opts('a'))
print(Opts('b', 1, 2, sep=';', debug=True))
print(Opts(name='c'))
for bad in [lambda: Opts(), lambda: Opts('x', name='y'), lambda: Opts('x', sep=1, sep2=2)]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
class PosOnly:
    def __init__(self, a, /, b):
        self.a, self.b = a, b
try:
    PosOnly(a=1, b=2)
except TypeError as e:
    print(e)
print(vars(PosOnly(1, b=2)))
