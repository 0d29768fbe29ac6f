# Argument binding error text.
def f(a, *, k, j):
    return 1

try:
    f(1, 2, 3, k=3, j=4)
except TypeError as e:
    print(e)
