# Subclassing dict: a Config with attribute access and defaults.
class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f'no setting {name!r}') from None
    def __setattr__(self, name, value):
        self[name] = value
c = Config(host='localhost', port=80)
c.debug = True
print(c, c.host, c['debug'], len(c), type(c).__name__)
try:
    c.missing
except AttributeError as e:
    print(e)
print(sorted(c.items()), c.get('port'), 'host' in c)
d = dict(c)
print(type(d).__name__, d == c)
class Defaults(dict):
    def __init__(self, defaults, **kw):
        super().__init__(**kw)
        self.defaults = defaults
    def __missing__(self, k):
        return self.defaults[k]
print(Defaults({'a': 1}, b=2)['a'], Defaults({'a': 1}, b=2)['b'])
class Ordered(dict):
    def __repr__(self):
        return 'Ordered(' + ', '.join([f'{k}={v}' for k, v in self.items()]) + ')'
o = Ordered(z=1, a=2)
o.update(m=3)
print(o, o | {'q': 0}, type(o | {'q': 0}).__name__, o.copy(), type(o.copy()).__name__)
