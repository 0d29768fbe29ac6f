# Argument binding error text.
def f(a, *, k):
    return 1

try:
    f(1, 2, k=3)
except TypeError as e:
    print(e)
