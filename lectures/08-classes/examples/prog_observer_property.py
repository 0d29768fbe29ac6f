# An observable model: properties notify listeners; listeners are bound methods and lambdas.
class Observable:
    def __init__(self):
        self._listeners = []

    def subscribe(self, fn):
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn)

    def _notify(self, name, old, new):
        for fn in list(self._listeners):
            fn(self, name, old, new)

def observed(name):
    private = '_' + name
    def getter(self):
        return getattr(self, private)
    def setter(self, value):
        old = getattr(self, private, None)
        setattr(self, private, value)
        if old != value:
            self._notify(name, old, value)
    return property(getter, setter, doc=f'observed attribute {name}')

class Person(Observable):
    name = observed('name')
    age = observed('age')

    def __init__(self, name, age):
        super().__init__()
        self.name = name
        self.age = age

class Logger:
    def __init__(self):
        self.lines = []
    def on_change(self, obj, attr, old, new):
        self.lines.append(f'{type(obj).__name__}.{attr}: {old!r} -> {new!r}')

p = Person('ann', 30)
log = Logger()
unsubscribe = p.subscribe(log.on_change)
p.subscribe(lambda o, a, old, new: print('changed', a, 'to', new))
p.age = 31
p.age = 31
p.name = 'Ann'
unsubscribe()
p.age = 32
print(log.lines)
print(Person.age.__doc__, p.age, p.name)
try:
    unsubscribe()
except ValueError as e:
    print('ValueError:', e)
