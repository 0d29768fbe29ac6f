# Argument binding error text.
def f(*, k):
    return 1

try:
    f()
except TypeError as e:
    print(e)
