# Argument binding error text.
def f(*, k):
    return 1

try:
    f(1, k=2)
except TypeError as e:
    print(e)
