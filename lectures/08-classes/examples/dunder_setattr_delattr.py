# __setattr__/__delattr__ intercept STORE_ATTR/DELETE_ATTR.
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name!r}: Frozen')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name!r}: Frozen')
f = Frozen(1)
print(f.x)
for action in [lambda: setattr(f, 'x', 2), lambda: delattr(f, 'x')]:
    try:
        action()
    except AttributeError as e:
        print(e)
class Log:
    def __setattr__(self, name, value):
        print('set', name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
o = Log()
o.v = 5
print(o.v, o.__dict__)
del o.v
try:
    del o.v
except AttributeError as e:
    print(e)
setattr(o, 'w', 1)
print(vars(o))
try:
    object.__setattr__(1, 'x', 1)
except AttributeError as e:
    print(e)
try:
    object.__setattr__(o, 1, 1)
except TypeError as e:
    print(e)
