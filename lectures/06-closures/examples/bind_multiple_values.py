# Argument binding error text.
def f(x, y):
    return 1

try:
    f(1, 2, x=3)
except TypeError as e:
    print(e)
