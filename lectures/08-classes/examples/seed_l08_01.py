# Seed L08-01: IterateForever has only __init__/__next__: next() works, iter() fails.
class IterateForever:
    def __init__(self, x_arg):
        self.x = x_arg
    def __next__(self):
        return self.x
o = IterateForever(42)
print(next(o) == 42, next(o) == 42)
print(o.__dict__ == {'x': 42})
try:
    iter(o)
    print('no error')
except TypeError as e:
    print('TypeError:', e)
