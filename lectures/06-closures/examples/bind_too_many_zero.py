# Argument binding error text.
def f():
    return 1

try:
    f(1)
except TypeError as e:
    print(e)
