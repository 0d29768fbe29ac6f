# Argument binding error text.
def f(a, b, c, d=1):
    return 1

try:
    f()
except TypeError as e:
    print(e)
