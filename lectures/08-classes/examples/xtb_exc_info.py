# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise TypeError("t")
except TypeError as e:
    t, v, tb = sys.exc_info()
    print(t, v is e, tb is e.__traceback__, tb.tb_lineno, sys.exception() is e)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[0], repr(sys.exception()))
    print(sys.exc_info()[0])
print(sys.exc_info())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[2].tb_frame.f_code.co_name
print(f())
