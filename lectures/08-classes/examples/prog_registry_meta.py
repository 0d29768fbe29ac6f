# A registry metaclass: every subclass registers itself by a name; lookups and errors.
class RegistryMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        key = ns.get('key', name.lower())
        if bases:
            if key in mcls.registry:
                raise TypeError(f'duplicate key {key!r} for {name}')
            mcls.registry[key] = cls
        return cls

    def create(cls, key, *args):
        try:
            target = RegistryMeta.registry[key]
        except KeyError:
            raise LookupError(f'no serializer called {key!r}; have {sorted(RegistryMeta.registry)}') from None
        return target(*args)

    def __repr__(cls):
        return f'<serializer {cls.__name__}>'

class Serializer(metaclass=RegistryMeta):
    def dumps(self, data):
        raise NotImplementedError

class Json(Serializer):
    def dumps(self, data):
        items = ', '.join([f'"{k}": {v!r}' for k, v in data.items()])
        return '{' + items + '}'

class Csv(Serializer):
    key = 'comma'
    def __init__(self, sep=','):
        self.sep = sep
    def dumps(self, data):
        return self.sep.join(data) + '\n' + self.sep.join([str(v) for v in data.values()])

class Upper(Json):
    def dumps(self, data):
        return super().dumps(data).upper()

print(RegistryMeta.registry)
data = {'a': 1, 'b': 'two'}
for key in ['json', 'comma', 'upper']:
    print(key, '->', Serializer.create(key).dumps(data))
print(Serializer.create('comma', ';').dumps(data))
print(type(Json), Json, isinstance(Upper(), Json))
try:
    Serializer.create('xml')
except LookupError as e:
    print(e)
try:
    class Json2(Serializer):
        key = 'json'
except TypeError as e:
    print(e)
