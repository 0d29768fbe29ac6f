# A tiny JSON-like serializer driven by a visitor class with method lookup by type name (getattr).
class SerializeError(TypeError):
    pass

class Encoder:
    def encode(self, obj):
        method = getattr(self, 'encode_' + type(obj).__name__, None)
        if method is None:
            if hasattr(obj, '__json__'):
                return self.encode(obj.__json__())
            raise SerializeError(f'Object of type {type(obj).__name__} is not serializable')
        return method(obj)

    def encode_NoneType(self, obj):
        return 'null'

    def encode_bool(self, obj):
        return 'true' if obj else 'false'

    def encode_int(self, obj):
        return str(obj)

    def encode_float(self, obj):
        return repr(obj)

    def encode_str(self, obj):
        return '"' + obj.replace('\\', '\\\\').replace('"', '\\"') + '"'

    def encode_list(self, obj):
        return '[' + ', '.join([self.encode(x) for x in obj]) + ']'

    encode_tuple = encode_list

    def encode_dict(self, obj):
        return '{' + ', '.join([f'{self.encode(str(k))}: {self.encode(v)}' for k, v in obj.items()]) + '}'

class PrettyEncoder(Encoder):
    def encode_float(self, obj):
        return f'{obj:.2f}'

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __json__(self):
        return {'x': self.x, 'y': self.y}

data = {'name': 'say "hi"', 'ok': True, 'n': None, 'vals': [1, 2.5, (3, 'x')], 'p': Point(1, 2)}
print(Encoder().encode(data))
print(PrettyEncoder().encode([1.0 / 3, Point(0.5, 2)]))
try:
    Encoder().encode({'s': {1, 2}})
except SerializeError as e:
    print(type(e).__name__, e, isinstance(e, TypeError))
print(Encoder.encode_tuple is Encoder.encode_list, PrettyEncoder.encode_int.__qualname__)
