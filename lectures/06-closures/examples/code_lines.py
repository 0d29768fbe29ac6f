# co_lines() and co_positions() return iterators.
def f(a):
    b = a + 1
    return b

print(type(f.__code__.co_lines()))
print(type(f.__code__.co_positions()))
