# Objects with __index__ repeat sequences, slice, and pass as counts; __mul__ / __rmul__ fallbacks.
class Three:
    def __index__(self): return 3
t = Three()
print([0] * t, t * 'ab', (1,) * t, b'x' * t, 'abcdef'[t:], list(range(10))[::t])
print(bytes(t), bytearray(t), [1, 2, 3, 4][t], hex(t), int(t), round(2.5, t) if False else None)
class Weird:
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return f'rmul with {o!r}'
print([1] * Weird(), 'x' * Weird(), 3 * Weird())
class Both:
    def __index__(self): return 2
    def __rmul__(self, o): return 'rmul wins'
print([1] * Both(), 'ab' * Both())
try:
    [1] * type('NoIndex', (), {})()
except TypeError as e:
    print(e)
