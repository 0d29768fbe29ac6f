# f_lineno follows execution; f_back outlives the call.
import sys

def f():
    fr = sys._getframe()
    a = fr.f_lineno
    b = fr.f_lineno
    return fr, a, b

r = f()
fr = r[0]
a = r[1]
b = r[2]
print(a, b)
print(fr.f_lineno, fr.f_code.co_name, fr.f_back.f_code.co_name)
