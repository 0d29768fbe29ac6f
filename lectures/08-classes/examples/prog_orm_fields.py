# An ORM-like model layer with descriptor fields, __set_name__, validation and a metaclass-free registry.
class ValidationError(ValueError):
    pass

class Field:
    def __init__(self, *, default=None, required=False):
        self.default = default
        self.required = required
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, '_fields', ()) + (name,)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = self.validate(value)
    def validate(self, value):
        return value
    def __repr__(self):
        return f'{type(self).__name__}({self.name!r})'

class IntField(Field):
    def __init__(self, *, min=None, **kw):
        super().__init__(**kw)
        self.min = min
    def validate(self, value):
        if not isinstance(value, int):
            raise ValidationError(f'{self.name} must be int, got {type(value).__name__}')
        if self.min is not None and value < self.min:
            raise ValidationError(f'{self.name} must be >= {self.min}')
        return value

class StrField(Field):
    def validate(self, value):
        return str(value).strip()

class Model:
    def __init__(self, **values):
        for name in self._fields:
            field = type(self).__dict__[name]
            if name in values:
                setattr(self, name, values.pop(name))
            elif field.required:
                raise ValidationError(f'{name} is required')
        if values:
            raise TypeError(f'unknown fields: {sorted(values)}')
    def to_dict(self):
        return {n: getattr(self, n) for n in self._fields}
    def __repr__(self):
        args = ', '.join([f'{k}={v!r}' for k, v in self.to_dict().items()])
        return f'{type(self).__name__}({args})'

class User(Model):
    name = StrField(required=True)
    age = IntField(min=0, default=0)
    email = StrField()

print(User._fields, User.age, User.name.required)
u = User(name='  Ann ', age=31)
print(u, u.to_dict(), u.__dict__)
u.age = 32
print(u.age)
for kwargs in [{'age': 3}, {'name': 'x', 'age': -1}, {'name': 'x', 'age': 'old'}, {'name': 'x', 'nick': 'y'}]:
    try:
        User(**kwargs)
    except ValidationError as e:
        print('ValidationError:', e)
    except TypeError as e:
        print('TypeError:', e)
print(User(name='b'))
