# Calling something that is not callable.
def f():
    return 1

try:
    f()()
except TypeError as e:
    print(e)
x = 5
x()
