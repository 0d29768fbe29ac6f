# Argument binding error text.
def f(x, y):
    return 1

try:
    f(1, z=2)
except TypeError as e:
    print(e)
