# The message names the function by __qualname__.
def outer():
    def inner(a, b):
        return a
    return inner

try:
    outer()(1)
except TypeError as e:
    print(e)
g = outer()
g.__qualname__ = 'renamed'
try:
    g()
except TypeError as e:
    print(e)
