# Argument binding error text.
def f(*, k, j, m=0):
    return 1

try:
    f()
except TypeError as e:
    print(e)
