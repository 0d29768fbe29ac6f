# Argument binding error text.
def f(a, b, /, c):
    return 1

try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print(e)
