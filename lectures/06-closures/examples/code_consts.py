# co_consts holds the constants, the docstring slot first, nested code objects too.
def f():
    "doc"
    def inner():
        pass
    return (1, 'two', 3.0, None)

print(f.__code__.co_consts[0])
print(type(f.__code__.co_consts[1]))
print(f.__code__.co_consts[2:])
print(f.__code__.co_consts is f.__code__.co_consts)
