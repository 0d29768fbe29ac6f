# The docstring is co_consts[0]; without one it is None.
def a():
    "first"
    return "not a doc"

def b():
    return "not a doc"

def c():
    x = 1
    "not a doc either"

print(a.__doc__, a.__code__.co_consts[0])
print(b.__doc__, b.__code__.co_consts[0])
print(c.__doc__)
print((lambda: 'x').__doc__)
