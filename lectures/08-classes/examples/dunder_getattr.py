# __getattr__ runs only when normal lookup raises AttributeError.
class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        print('getattr', name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.count(1))
print(p.target is p.__dict__['target'])
try:
    p.missing
except AttributeError as e:
    print(e)
class Default:
    x = 1
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:]
        raise AttributeError(f'no {name}')
d = Default()
print(d.x, d.dyn_hello, getattr(d, 'nope', 'fallback'), hasattr(d, 'nope'))
class Prop:
    @property
    def broken(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'getattr rescued ' + name
print(Prop().broken)
