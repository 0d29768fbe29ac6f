# sys._getframe: the running frame and its caller.
import sys

def who():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno

def caller():
    return who()

print(caller())
print(sys._getframe().f_code.co_name)
print(sys._getframe(1).f_code.co_name if False else 'skip')
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
