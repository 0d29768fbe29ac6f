# A class's __dict__ is a read-only mappingproxy over the real dict.
class A:
    x = 1
    def m(self): pass
d = A.__dict__
print(type(d).__name__, d['x'], 'm' in d, len(d) > 3)
try:
    d['y'] = 2
except TypeError as e:
    print(e)
try:
    del d['x']
except TypeError as e:
    print(e)
A.y = 2
print(d['y'], sorted([k for k in d if not k.startswith('__')]))
print(d.get('nope', 'default'), list(d.keys())[:3])
print(int.__dict__['__add__'].__name__, type(int.__dict__).__name__)
try:
    A.__dict__ = {}
except AttributeError as e:
    print(e)
print(type(d.copy()).__name__)
print(d | {'z': 0} == {**dict(d), 'z': 0})
