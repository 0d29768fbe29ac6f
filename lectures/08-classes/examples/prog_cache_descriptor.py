# A cached_property-like descriptor written by hand (no functools), plus a call-counting decorator class.
class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class counted:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return lambda *a, **k: self(obj, *a, **k)

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached
    def stats(self):
        "Computed once."
        print('computing stats...')
        n = len(self.values)
        mean = sum(self.values) / n
        return {'n': n, 'mean': mean, 'max': max(self.values)}

    @counted
    def scaled(self, k):
        return [v * k for v in self.values]

d = Dataset([3, 1, 4, 1, 5])
print(d.stats)
print(d.stats['mean'], 'stats' in d.__dict__)
del d.stats
print(d.stats['n'])
print(Dataset.stats.__doc__, type(Dataset.__dict__['stats']).__name__)
print(d.scaled(2), d.scaled(10), Dataset.scaled.calls)

@counted
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls, callable(square))
