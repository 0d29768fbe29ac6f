# Argument binding error text.
def f(a, b, c):
    return 1

try:
    f(1)
except TypeError as e:
    print(e)
