# Subclassing Exception: args, str(), repr, extra attributes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key
class Detailed(AppError):
    def __str__(self):
        return 'detailed: ' + ', '.join(map(str, self.args))
e = AppError('a', 2)
print(e.args, str(e), repr(e), repr(AppError()), str(AppError()))
n = NotFound('k')
print(n.args, str(n), repr(n), n.key)
print(str(Detailed(1, 2)), repr(Detailed(1, 2)))
try:
    raise NotFound('user')
except AppError as err:
    print(type(err).__name__, err, isinstance(err, Exception))
print(NotFound.__mro__)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuper(1, 2).args, str(NoSuper(1, 2)))
class CustomNew(ValueError):
    def __new__(cls, *args):
        return super().__new__(cls, 'forced')
print(CustomNew('x').args)
