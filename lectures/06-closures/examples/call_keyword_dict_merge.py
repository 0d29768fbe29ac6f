# Keyword arguments through **: duplicates are caught before the call.
def f(**kw):
    return kw

print(f(a=1, **{'b': 2}))
print(f(**{'a': 1}, b=2))
