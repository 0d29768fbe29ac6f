# Argument binding error text.
def f(x, y=0):
    return 1

try:
    f(1, 2, y=3)
except TypeError as e:
    print(e)
