import sys
def g():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back.f_code.co_name
def driver(it):
    return next(it)
it = g()
print(it.gi_code is g.__code__, it.gi_code.co_name)
print(it.gi_frame.f_code is g.__code__, it.gi_frame.f_back)
print(next(it))
print(driver(it))
print(it.gi_frame.f_back, it.gi_running, it.gi_suspended, it.gi_yieldfrom)
print(iter(it) is it)
print(type(it).__name__, type(it) is type(x for x in ()))
