# Argument binding error text.
def f(a, *, k, j, m):
    return 1

try:
    f(1, j=2)
except TypeError as e:
    print(e)
