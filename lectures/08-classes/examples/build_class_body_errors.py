# An exception in a class body propagates out of __build_class__; the name is never bound.
try:
    class Broken:
        x = 1
        y = 1 / 0
except ZeroDivisionError as e:
    print('caught', e)
print('Broken' in globals())

def f():
    class Inner:
        missing_name
    return Inner
try:
    f()
except NameError as e:
    print(e)

class Bad:
    a = 1
    b = undefined_thing + a
