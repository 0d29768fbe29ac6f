import sys
def f(a, b=2):
    c = a + b
    def g():
        return c
    fr = sys._getframe()
    d = fr.f_locals
    print(type(d), d['a'], d['c'], len(d))
    d['a'] = 10
    d['c'] = 30
    print(a, c, g())
    try:
        del d['a']
    except TypeError as e:
        print(e)
    try:
        d['zz'] = 1
    except TypeError as e:
        print(e)
    try:
        d['zz']
    except KeyError as e:
        print(repr(e))
    return locals()['c']
print(f(1))
