# A frame's globals and builtins are the function's.
import sys
import builtins

def f():
    fr = sys._getframe()
    return fr.f_globals is globals(), fr.f_builtins is builtins.__dict__

print(f())
print(sys._getframe().f_back)
print(sys._getframe().f_lasti >= 0)
