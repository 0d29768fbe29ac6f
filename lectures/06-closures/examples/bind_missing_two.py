# Argument binding error text.
def f(a, b):
    return 1

try:
    f()
except TypeError as e:
    print(e)
