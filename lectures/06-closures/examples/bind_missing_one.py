# Argument binding error text.
def f(x):
    return 1

try:
    f()
except TypeError as e:
    print(e)
