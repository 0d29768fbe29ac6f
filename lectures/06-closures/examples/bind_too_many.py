# Argument binding error text.
def f(a, b):
    return 1

try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
