# Argument binding error text.
def f(a, /):
    return 1

try:
    f(a=1)
except TypeError as e:
    print(e)
