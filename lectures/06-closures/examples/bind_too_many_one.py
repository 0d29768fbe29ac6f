# Argument binding error text.
def f(a):
    return 1

try:
    f(1, 2)
except TypeError as e:
    print(e)
