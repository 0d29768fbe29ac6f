# A decorator is a closure over the function it wraps.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('call', fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@trace
def add(a, b=0):
    return a + b

print(add(1, b=2))
print(add.__name__, add.__qualname__)
