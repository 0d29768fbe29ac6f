# __getattribute__ intercepts every attribute load; object.__getattribute__ is the default.
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print('getattribute', name)
        return object.__getattribute__(self, name)
    def m(self):
        return 'm'
l = Logged()
print(l.a)
print(l.m())
print(type(l).__name__)
class Deny:
    secret = 's'
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('denied')
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Deny().secret)
class Upper:
    def __getattribute__(self, name):
        return name.upper()
u = Upper()
print(u.anything, u.__class__, getattr(u, 'x'))
try:
    object.__getattribute__(u, 'nothing')
except AttributeError as e:
    print(e)
try:
    object.__getattribute__(u, 5)
except TypeError as e:
    print(e)
