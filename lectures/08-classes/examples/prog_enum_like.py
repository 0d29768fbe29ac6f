# Enumerations without the enum module: class constants, reverse lookup via vars(), a metaclass
# that makes the class iterable, and members as instances with names.
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = []
        for key, value in list(ns.items()):
            if key.isupper():
                member = object.__new__(cls)
                member.name, member.value = key, value
                setattr(cls, key, member)
                cls._members.append(member)
        return cls
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        for m in cls._members:
            if m.name == name:
                return m
        raise KeyError(f'{cls.__name__} has no member {name!r}')
    def __call__(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError(f'{value!r} is not a valid {cls.__name__}')

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f'<{type(self).__name__}.{self.name}: {self.value!r}>'
    def __str__(self):
        return f'{type(self).__name__}.{self.name}'

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Weekday(Enum):
    MON = 'monday'
    TUE = 'tuesday'

print(list(Color), len(Color), len(Weekday))
print(Color.RED, repr(Color.GREEN), Color(3), Color['BLUE'] is Color.BLUE)
print(Color.RED == Color.RED, Color.RED is Color(1), isinstance(Color.RED, Color), type(Color).__name__)
print([str(d) for d in Weekday], Weekday('tuesday').name)
for bad in [lambda: Color(9), lambda: Color['PINK']]:
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print({c: c.value * 10 for c in Color}[Color.BLUE], sorted(Color, key=lambda c: -c.value)[0])
