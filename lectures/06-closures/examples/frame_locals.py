# f_locals and locals() show a function's variables, cells unboxed.
import sys

def f(a, b=2):
    c = a + b
    def g():
        return c
    fr = sys._getframe()
    d = fr.f_locals
    del d['g']
    del d['fr']
    return d, locals()['c'], fr.f_locals['a']

print(f(1))
def h():
    print(locals())
    x = 1
    print(locals())
h()
print(sys._getframe().f_locals is globals())
