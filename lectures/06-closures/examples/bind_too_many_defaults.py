# Argument binding error text.
def f(a, b=1, c=2):
    return 1

try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
