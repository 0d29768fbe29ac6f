def g():
    yield
it = g()
print(type(it), type(it).__name__)
print(hasattr(it, 'send'), hasattr(it, 'throw'), hasattr(it, 'close'), hasattr(it, '__next__'))
print(callable(it), bool(it))
print(it == it, it != g())
print(sorted(n for n in dir(it) if n.startswith('gi_')))
