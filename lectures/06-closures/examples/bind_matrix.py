# Every signature against every call: the binder against CPython, message for message.

def f():
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, b):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, b=1):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a=1, b=2):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, /):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, /, b):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, b, /, c=3):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(*args):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, *args):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(**kw):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, **kw):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, /, **kw):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(*, k):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(*, k=1):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, *, k):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, b=2, *, k, m=3):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, *args, k, **kw):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, b, c, d):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)

def f(a, /, b, *, c):
    return 'ok'

try:
    print(f())
except TypeError as e:
    print(e)

try:
    print(f(1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3))
except TypeError as e:
    print(e)

try:
    print(f(a=1))
except TypeError as e:
    print(e)

try:
    print(f(1, a=1))
except TypeError as e:
    print(e)

try:
    print(f(b=2))
except TypeError as e:
    print(e)

try:
    print(f(1, b=2))
except TypeError as e:
    print(e)

try:
    print(f(k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, k=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, k=3))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, k=3, m=4))
except TypeError as e:
    print(e)

try:
    print(f(z=1))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, 4, 5))
except TypeError as e:
    print(e)

try:
    print(f(a=1, b=2, c=3))
except TypeError as e:
    print(e)

try:
    print(f(*(1, 2), **{"k": 1}))
except TypeError as e:
    print(e)

try:
    print(f(1, c=1))
except TypeError as e:
    print(e)

try:
    print(f(c=1, k=2))
except TypeError as e:
    print(e)

try:
    print(f(1, 2, 3, c=4))
except TypeError as e:
    print(e)
